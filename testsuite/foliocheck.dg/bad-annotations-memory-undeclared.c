/* Annotation data with a bad memory kind or field source: one error line. */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-foliocheck-annotations=@SRCDIR@/annotations/memory-undeclared.annot" } */
/* { fc-exit-status 1 } */
/* { dg-error "memory-undeclared.annot:2: source 'f': memory kind 'vmalloc' is not declared above" "" { target *-*-* } 0 } */
#include <linux/mm.h>

unsigned long f(struct page *page)
{
	return page->index; /* { dg-bogus "member" } */
}
