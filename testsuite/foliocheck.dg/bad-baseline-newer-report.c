/* A bad baseline file: one error line naming it, exit status 1. */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-foliocheck-baseline=@SRCDIR@/baselines/newer-report.json" } */
/* { fc-exit-status 1 } */
/* { dg-error "newer-report.json: schema 9 is newer than this foliocheck reads" "" { target *-*-* } 0 } */
#include <linux/mm.h>

unsigned long f(struct page *page)
{
	return page->index; /* { dg-bogus "member" } */
}
