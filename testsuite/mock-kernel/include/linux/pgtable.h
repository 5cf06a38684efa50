/* Mock: x86-64 page-table shapes.  pfn_to_page(), pmd_page(),
 * pmd_pgtable() and virt_to_page() are macros, as on x86. */
#ifndef MOCK_LINUX_PGTABLE_H
#define MOCK_LINUX_PGTABLE_H

#include <linux/mm.h>

typedef unsigned long pteval_t;
typedef unsigned long pmdval_t;
typedef struct { pteval_t pte; } pte_t;
typedef struct { pmdval_t pmd; } pmd_t;
typedef struct page *pgtable_t;

struct mm_struct;
struct vm_area_struct;

#define PAGE_SHIFT	12
#define PAGE_OFFSET	0xffff888000000000UL
#define VMEMMAP_START	0xffffea0000000000UL
#define vmemmap		((struct page *)VMEMMAP_START)

#define pfn_to_page(pfn)	(vmemmap + (pfn))
#define page_to_pfn(page)	((unsigned long)((page) - vmemmap))
#define nth_page(page, n)	pfn_to_page(page_to_pfn(page) + (n))

static inline unsigned long pmd_pfn(pmd_t pmd)
{
	return pmd.pmd >> PAGE_SHIFT;
}

static inline unsigned long pte_pfn(pte_t pte)
{
	return pte.pte >> PAGE_SHIFT;
}

#define pmd_page(pmd)		pfn_to_page(pmd_pfn(pmd))
#define pte_page(pte)		pfn_to_page(pte_pfn(pte))
#define pmd_pgtable(pmd)	pmd_page(pmd)

#define __pa(x)			((unsigned long)(x) - PAGE_OFFSET)
#define virt_to_page(kaddr)	pfn_to_page(__pa(kaddr) >> PAGE_SHIFT)

/* x86: the zero page is a page of the kernel image. */
extern unsigned long empty_zero_page[512];
#define ZERO_PAGE(vaddr)	((void)(vaddr), virt_to_page(empty_zero_page))

pgtable_t pte_alloc_one(struct mm_struct *mm);
pgtable_t pgtable_trans_huge_withdraw(struct mm_struct *mm, pmd_t *pmdp);
struct page *vm_normal_page(struct vm_area_struct *vma, unsigned long addr,
			    pte_t pte);

static inline struct page *pmd_pgtable_page(pmd_t *pmd)
{
	unsigned long mask = ~(512 * sizeof(pmd_t) - 1);

	return virt_to_page((void *)((unsigned long)pmd & mask));
}

static inline struct ptdesc *pmd_ptdesc(pmd_t *pmd)
{
	return page_ptdesc(pmd_pgtable_page(pmd));
}

/* A ptdesc-only helper: no folio involved. */
static inline void ptdesc_set_index(struct ptdesc *pt, pgoff_t index)
{
	pt->pt_index = index;
}

#endif
