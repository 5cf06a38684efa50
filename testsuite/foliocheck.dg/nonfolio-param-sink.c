/* nonfolio-conversion: a function of the unit that converts its parameter
   is reported at each call that passes it a non-folio page, not in its
   body: the same helper may see folios from other callers. */
/* { dg-do compile } */
#include <linux/vmalloc.h>

static void hold(struct page *page)
{
	get_page(page); /* { dg-bogus "converted" } */
}

void hold_vmalloc(void *addr)
{
	hold(vmalloc_to_page(addr)); /* { dg-warning "vmalloc page converted to a folio by 'hold'" } */ /* { dg-message "note: page comes from 'vmalloc_to_page' here" } */
}

void hold_folio(struct folio *folio)
{
	hold(&folio->page); /* { dg-bogus "converted" } */
}
