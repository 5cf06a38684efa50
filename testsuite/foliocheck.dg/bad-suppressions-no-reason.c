/* A bad suppressions file: one error line naming it, exit status 1. */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-foliocheck-suppressions=@SRCDIR@/suppressions/no-reason.supp" } */
/* { fc-exit-status 1 } */
/* { dg-error "no-reason.supp:1: allow: every allow entry needs a reason=" "" { target *-*-* } 0 } */
#include <linux/mm.h>

unsigned long f(struct page *page)
{
	return page->index; /* { dg-bogus "member" } */
}
