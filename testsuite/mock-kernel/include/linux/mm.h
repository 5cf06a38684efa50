/* Mock: the parts of <linux/mm.h> the tests use. */
#ifndef MOCK_LINUX_MM_H
#define MOCK_LINUX_MM_H

#include <linux/kconfig.h>
#include <linux/list.h>
#include <linux/page-flags.h>

#define _Generic_ptdesc(p, T)	_Generic((p),				\
	const struct T *:	(const struct page *)(p),		\
	struct T *:		(struct page *)(p))
#define ptdesc_page(pt)		_Generic_ptdesc(pt, ptdesc)
#define ptdesc_folio(pt)	(_Generic((pt),				\
	const struct ptdesc *:	(const struct folio *)(pt),		\
	struct ptdesc *:	(struct folio *)(pt)))
#define page_ptdesc(p)		((struct ptdesc *)(p))

/* A macro in 6.12: the use is reported where page_private() is written. */
#define page_private(page)	((page)->private)

/* 6.12 core mm converts its own ptdesc to a folio on purpose. */
static inline bool pagetable_pte_ctor(struct ptdesc *ptdesc)
{
	struct folio *folio = ptdesc_folio(ptdesc);

	return folio != NULL;
}

/* 6.12: the allocators are alloc_hooks() macros around *_noprof(). */
#define alloc_hooks(call)	({ __typeof__(call) _res = (call); _res; })
struct page *alloc_pages_noprof(gfp_t gfp, unsigned int order);
#define alloc_pages(...)	alloc_hooks(alloc_pages_noprof(__VA_ARGS__))
#define alloc_page(gfp)		alloc_pages(gfp, 0)
unsigned long get_free_pages_noprof(gfp_t gfp, unsigned int order);
#define __get_free_pages(...)	alloc_hooks(get_free_pages_noprof(__VA_ARGS__))
#define __get_free_page(gfp)	__get_free_pages((gfp), 0)
struct folio *folio_alloc_noprof(gfp_t gfp, unsigned int order);
#define folio_alloc(...)	alloc_hooks(folio_alloc_noprof(__VA_ARGS__))

void folio_get(struct folio *folio);
void folio_put(struct folio *folio);
bool folio_trylock(struct folio *folio);
void __folio_lock(struct folio *folio);
void folio_unlock(struct folio *folio);
struct address_space *folio_mapping(struct folio *folio);
int folio_mkclean(struct folio *folio);

/* The page wrappers convert to the folio first, as in 6.12. */
static inline void get_page(struct page *page)
{
	folio_get(page_folio(page));
}

static inline void put_page(struct page *page)
{
	struct folio *folio = page_folio(page);

	folio_put(folio);
}

static inline void lock_page(struct page *page)
{
	struct folio *folio = page_folio(page);

	if (!folio_trylock(folio))
		__folio_lock(folio);
}

static inline void unlock_page(struct page *page)
{
	folio_unlock(page_folio(page));
}

struct vm_area_struct;

/* What a fault handler fills in (6.12: an anonymous struct first). */
struct vm_fault {
	const struct {
		struct vm_area_struct *vma;
		pgoff_t pgoff;
		unsigned long address;
	};
	unsigned int flags;
	struct page *page;
};

#endif
