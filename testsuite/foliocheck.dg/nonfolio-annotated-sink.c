/* nonfolio-conversion: the annotation data adds a sink whose body is in
   another unit, and a source function. */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-foliocheck-annotations=@SRCDIR@/annotations/nonfolio.annot -fplugin-arg-foliocheck-report=nonfolio-annotated-sink.json" } */
#include <linux/mm.h>

struct page *balloon_page_alloc(void);
bool external_is_anon(int flags, struct page *page);

bool use(void)
{
	return external_is_anon(0, balloon_page_alloc()); /* { dg-warning "bare page converted to a folio by 'external_is_anon'" } */ /* { dg-message "note: page comes from 'balloon_page_alloc' here" } */
}

bool other_argument(struct page *page)
{
	return external_is_anon((long)balloon_page_alloc(), page); /* { dg-bogus "converted" } */
}

/* { dg-final { fc-json-count "nonfolio-annotated-sink.json" 1 } } */
/* { dg-final { fc-json-finding "nonfolio-annotated-sink.json" {rule nonfolio-conversion memory bare sink external_is_anon line 12 function use} } } */
