/* nonfolio-conversion: virt_to_page() of a page-table entry pointer is a
   page table; of kmalloc() memory, a slab page. */
/* { dg-do compile } */
#include <linux/pgtable.h>
#include <linux/slab.h>

bool pte_table(pte_t *ptep)
{
	return folio_test_anon(page_folio(virt_to_page(ptep))); /* { dg-warning "page-table page converted to a folio by 'page_folio'" } */ /* { dg-message "note: page comes from 'virt_to_page' here" } */
}

bool kmalloc_page(void)
{
	void *buf = kmalloc(64, 0);

	return folio_test_anon(page_folio(virt_to_page(buf))); /* { dg-warning "slab page converted to a folio by 'page_folio'" } */ /* { dg-message "note: page comes from 'virt_to_page' here" } */
}

bool plain_memory(void *addr)
{
	return folio_test_anon(page_folio(virt_to_page(addr))); /* { dg-bogus "converted" } */
}
