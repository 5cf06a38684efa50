/* nonfolio-conversion: alloc_pages() memory and __get_free_pages() memory
   are bare pages: no folio and no refcount under the memdesc plan. */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-foliocheck-report=nonfolio-misc-bare.json -fplugin-arg-foliocheck-checks=nonfolio-conversion" } */
#include <linux/pgtable.h>

void take_reference(gfp_t gfp)
{
	struct page *page = alloc_pages(gfp, 2); /* { dg-message "note: page comes from 'alloc_pages' here" } */

	get_page(page); /* { dg-warning "bare page converted to a folio by 'get_page' \\\(alloc_pages\\\(\\\) memory has no folio and no refcount under the memdesc plan\\\)" } */
}

void lock_one(gfp_t gfp)
{
	lock_page(alloc_page(gfp)); /* { dg-warning "bare page converted to a folio by 'lock_page'" } */ /* { dg-message "note: page comes from 'alloc_page' here" } */
}

void free_pages_page(gfp_t gfp)
{
	unsigned long addr = __get_free_pages(gfp, 1);

	put_page(virt_to_page(addr)); /* { dg-warning "bare page converted to a folio by 'put_page'" } */ /* { dg-message "note: page comes from 'virt_to_page' here" } */
}

void free_page_page(gfp_t gfp)
{
	unsigned long addr = __get_free_page(gfp);

	put_page(virt_to_page(addr)); /* { dg-warning "bare page converted to a folio by 'put_page'" } */ /* { dg-message "note: page comes from 'virt_to_page' here" } */
}

/* { dg-final { fc-json-count "nonfolio-misc-bare.json" 4 } } */
/* { dg-final { fc-json-finding "nonfolio-misc-bare.json" {rule nonfolio-conversion memory bare sink get_page line 11 function take_reference source.what alloc_pages source.line 9} } } */
