/* A bad suppressions file: one error line naming it, exit status 1. */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-foliocheck-suppressions=@SRCDIR@/suppressions/bad-date.supp" } */
/* { fc-exit-status 1 } */
/* { dg-error "bad-date.supp:1: until=2026-02-30 is not a date" "" { target *-*-* } 0 } */
#include <linux/mm.h>

unsigned long f(struct page *page)
{
	return page->index; /* { dg-bogus "member" } */
}
