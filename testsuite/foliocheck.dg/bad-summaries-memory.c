/* A bad summaries file: one error line naming it, exit status 1. */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-foliocheck-summaries=@SRCDIR@/summaries/bad-memory.json" } */
/* { fc-exit-status 1 } */
/* { dg-error "summaries/bad-memory.json: source 'f': memory kind 'unobtainium' is not in" "" { target *-*-* } 0 } */
#include <linux/mm.h>

unsigned long f(struct page *page)
{
	return page->index; /* { dg-bogus "member" } */
}
