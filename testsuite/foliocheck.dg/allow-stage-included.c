/* Stage-aware allow entries: an entry for a stage applies under the
   stages that include it, and not under the default "all" unless named. */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-foliocheck-annotations=@SRCDIR@/annotations/allow-stages.annot -fplugin-arg-foliocheck-stage=later -fplugin-arg-foliocheck-report=allow-stage-included.json" } */
#include <linux/mm.h>

unsigned long get(struct page *page)
{
	return page_private(page); /* { dg-bogus "member" } */
}

/* { dg-final { fc-json-allowed "allow-stage-included.json" 6 1 } } */
