/* A bad suppressions file: one error line naming it, exit status 1. */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-foliocheck-suppressions=@SRCDIR@/suppressions/other.supp" } */
/* { fc-exit-status 1 } */
/* { dg-error "other.supp:1: a suppressions file holds 'allow' entries only" "" { target *-*-* } 0 } */
#include <linux/mm.h>

unsigned long f(struct page *page)
{
	return page->index; /* { dg-bogus "member" } */
}
