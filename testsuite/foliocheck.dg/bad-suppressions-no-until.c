/* A bad suppressions file: one error line naming it, exit status 1. */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-foliocheck-suppressions=@SRCDIR@/suppressions/no-until.supp" } */
/* { fc-exit-status 1 } */
/* { dg-error "no-until.supp:2: a suppression needs until=" "" { target *-*-* } 0 } */
#include <linux/mm.h>

unsigned long f(struct page *page)
{
	return page->index; /* { dg-bogus "member" } */
}
