/* nonfolio-conversion: summaries=REPORT makes functions whose bodies are
   in other units act as if they were here: a sink converts its argument,
   a source returns non-folio memory. */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-foliocheck-summaries=@SRCDIR@/summaries/build.json" } */
#include <linux/vmalloc.h>

void ext_pin(int flags, struct page *page);
struct page *ext_buffer_page(int i);

void pin(void *addr)
{
	ext_pin(0, vmalloc_to_page(addr)); /* { dg-warning "vmalloc page converted to a folio by 'ext_pin'" } */ /* { dg-message "note: page comes from 'vmalloc_to_page' here" } */
}

void hold(int i)
{
	get_page(ext_buffer_page(i)); /* { dg-warning "vmalloc page converted to a folio by 'get_page'" } */ /* { dg-message "note: page comes from 'ext_buffer_page' here \\\(it returns a page from 'vmalloc_to_page'\\\)" } */
}

void other_argument(struct folio *folio, void *addr)
{
	ext_pin((long)vmalloc_to_page(addr), &folio->page); /* { dg-bogus "converted" } */
}
