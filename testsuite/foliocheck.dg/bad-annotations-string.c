/* A string without its closing quote. */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-foliocheck-annotations=@SRCDIR@/annotations/string.annot" } */
/* { fc-exit-status 1 } */
/* { dg-error "string.annot:2: unterminated string" "" { target *-*-* } 0 } */
#include <linux/mm.h>

unsigned long f(struct page *page)
{
	return page->index; /* { dg-bogus "member" } */
}
