/* Annotation data with a bad memory kind or field source: one error line. */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-foliocheck-annotations=@SRCDIR@/annotations/memory-noun.annot" } */
/* { fc-exit-status 1 } */
/* { dg-error "memory-noun.annot:2: memory kind 'vmalloc' has no noun=" "" { target *-*-* } 0 } */
#include <linux/mm.h>

unsigned long f(struct page *page)
{
	return page->index; /* { dg-bogus "member" } */
}
