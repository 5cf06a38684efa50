/* page-api: the stage selects the wrappers, as it selects members:
   page_offset() retires with page->index, lock_page() with the 2025
   memdesc plan. */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-foliocheck-stage=index-2024 -fplugin-arg-foliocheck-checks=page-api" } */
#include <linux/mm.h>

long page_offset(struct page *page);

long where(struct page *page)
{
	lock_page(page); /* { dg-bogus "page-api" } */
	return page_offset(page); /* { dg-warning "call of page-based 'page_offset'.*folio_pos\\(folio\\)" } */
}
