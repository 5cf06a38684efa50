/* A newer format version. */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-foliocheck-annotations=@SRCDIR@/annotations/version.annot" } */
/* { fc-exit-status 1 } */
/* { dg-error "version.annot:1: format version '2' is not supported" "" { target *-*-* } 0 } */
#include <linux/mm.h>

unsigned long f(struct page *page)
{
	return page->index; /* { dg-bogus "member" } */
}
