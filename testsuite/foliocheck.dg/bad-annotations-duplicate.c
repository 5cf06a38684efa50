/* The same member twice. */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-foliocheck-annotations=@SRCDIR@/annotations/duplicate.annot" } */
/* { fc-exit-status 1 } */
/* { dg-error "duplicate.annot:4: member 'page.index' annotated twice" "" { target *-*-* } 0 } */
#include <linux/mm.h>

unsigned long f(struct page *page)
{
	return page->index; /* { dg-bogus "member" } */
}
