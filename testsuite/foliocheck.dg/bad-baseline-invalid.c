/* A bad baseline file: one error line naming it, exit status 1. */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-foliocheck-baseline=@SRCDIR@/baselines/invalid.json" } */
/* { fc-exit-status 1 } */
/* { dg-error "invalid.json:2: invalid JSON" "" { target *-*-* } 0 } */
#include <linux/mm.h>

unsigned long f(struct page *page)
{
	return page->index; /* { dg-bogus "member" } */
}
