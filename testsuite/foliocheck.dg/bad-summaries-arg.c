/* A bad summaries file: one error line naming it, exit status 1. */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-foliocheck-summaries=@SRCDIR@/summaries/bad-arg.json" } */
/* { fc-exit-status 1 } */
/* { dg-error "summaries/bad-arg.json: a sink needs 'function' and 'arg' \\(0-63\\)" "" { target *-*-* } 0 } */
#include <linux/mm.h>

unsigned long f(struct page *page)
{
	return page->index; /* { dg-bogus "member" } */
}
