/* nonfolio-conversion: a conversion the data sanctions does not make its
   function a sink for the callers (the page allocator's free path looks
   at folio flags; __free_pages() on a bare page is right). */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-foliocheck-annotations=@SRCDIR@/annotations/nonfolio-allow-helper.annot -fplugin-arg-foliocheck-report=nonfolio-allow-helper.json" } */
#include <linux/mm.h>

void free_path(struct page *page)
{
	put_page(page);
}

void release(gfp_t gfp)
{
	free_path(alloc_page(gfp)); /* { dg-bogus "converted" } */
}

void not_sanctioned(gfp_t gfp)
{
	put_page(alloc_page(gfp)); /* { dg-warning "bare page converted to a folio by 'put_page'" } */ /* { dg-message "note: page comes from 'alloc_page' here" } */
}

/* { dg-final { fc-json-count "nonfolio-allow-helper.json" 1 } } */
/* { dg-final { fc-json-field "nonfolio-allow-helper.json" summaries.sinks {} } } */
