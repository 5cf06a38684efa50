/* A bad summaries file: one error line naming it, exit status 1. */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-foliocheck-summaries=@SRCDIR@/summaries/none.json" } */
/* { fc-exit-status 1 } */
/* { dg-error "summaries/none.json: no 'summaries' with 'sinks' and 'sources' arrays" "" { target *-*-* } 0 } */
#include <linux/mm.h>

unsigned long f(struct page *page)
{
	return page->index; /* { dg-bogus "member" } */
}
