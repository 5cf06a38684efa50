/* An unknown stage lists the known ones. */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-foliocheck-stage=goal-c" } */
/* { fc-exit-status 1 } */
/* { dg-error "foliocheck: unknown stage 'goal-c' in \[^ \]*linux-6.12.annot \\(known: all, goal-b-2023, index-2024" "" { target *-*-* } 0 } */
#include <linux/mm.h>

unsigned long f(struct page *page)
{
	return page->index; /* { dg-bogus "member" } */
}
