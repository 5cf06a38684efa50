/* A bad baseline file: one error line naming it, exit status 1. */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-foliocheck-baseline=@SRCDIR@/baselines/newer.fp" } */
/* { fc-exit-status 1 } */
/* { dg-error "newer.fp:1: a baseline list of a newer format" "" { target *-*-* } 0 } */
#include <linux/mm.h>

unsigned long f(struct page *page)
{
	return page->index; /* { dg-bogus "member" } */
}
