/* A bad baseline file: one error line naming it, exit status 1. */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-foliocheck-baseline=@SRCDIR@/baselines/lines.fp" } */
/* { fc-exit-status 1 } */
/* { dg-error "lines.fp:3: not a fingerprint of 16 hex digits" "" { target *-*-* } 0 } */
#include <linux/mm.h>

unsigned long f(struct page *page)
{
	return page->index; /* { dg-bogus "member" } */
}
