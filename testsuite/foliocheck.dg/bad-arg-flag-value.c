/* A flag argument given a value. */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-foliocheck-werror=yes" } */
/* { fc-exit-status 1 } */
/* { dg-error "foliocheck: argument 'werror' takes no value" "" { target *-*-* } 0 } */
#include <linux/mm.h>

unsigned long f(struct page *page)
{
	return page->index; /* { dg-bogus "member" } */
}
