/* A bad summaries file: one error line naming it, exit status 1. */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-foliocheck-summaries=@SRCDIR@/summaries/nosuch.json" } */
/* { fc-exit-status 1 } */
/* { dg-error "summaries/nosuch.json: cannot read summaries: No such file or directory" "" { target *-*-* } 0 } */
#include <linux/mm.h>

unsigned long f(struct page *page)
{
	return page->index; /* { dg-bogus "member" } */
}
