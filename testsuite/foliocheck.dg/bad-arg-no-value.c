/* A value argument without a value. */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-foliocheck-stage" } */
/* { fc-exit-status 1 } */
/* { dg-error "foliocheck: argument 'stage' needs a value" "" { target *-*-* } 0 } */
#include <linux/mm.h>

unsigned long f(struct page *page)
{
	return page->index; /* { dg-bogus "member" } */
}
