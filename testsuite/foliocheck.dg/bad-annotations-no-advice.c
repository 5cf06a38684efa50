/* A member without replacement advice. */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-foliocheck-annotations=@SRCDIR@/annotations/no-advice.annot" } */
/* { fc-exit-status 1 } */
/* { dg-error "no-advice.annot:3: member 'page.index' has no advice=" "" { target *-*-* } 0 } */
#include <linux/mm.h>

unsigned long f(struct page *page)
{
	return page->index; /* { dg-bogus "member" } */
}
