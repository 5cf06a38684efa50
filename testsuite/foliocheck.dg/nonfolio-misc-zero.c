/* nonfolio-conversion: the zero page is misc memory. */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-foliocheck-checks=nonfolio-conversion" } */
#include <linux/pgtable.h>

bool zero_is_anon(unsigned long vaddr)
{
	return PageAnon(ZERO_PAGE(vaddr)); /* { dg-warning "zero page converted to a folio by 'PageAnon'" } */ /* { dg-message "note: page comes from 'ZERO_PAGE' here" } */
}

bool zero_is_not_a_table(pmd_t *pmd, unsigned long vaddr)
{
	/* virt_to_page() of the kernel image: neither slab nor page table. */
	return PageAnon(virt_to_page(empty_zero_page + vaddr)); /* { dg-bogus "converted" } */
}
