/* Annotation data with a bad memory kind or field source: one error line. */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-foliocheck-annotations=@SRCDIR@/annotations/memory-class.annot" } */
/* { fc-exit-status 1 } */
/* { dg-error "memory-class.annot:2: memory: class=sometimes is unknown \\(known: nonfolio, folio, runtime\\)" "" { target *-*-* } 0 } */
#include <linux/mm.h>

unsigned long f(struct page *page)
{
	return page->index; /* { dg-bogus "member" } */
}
