/* A misspelt rule must not silently disable the check. */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-foliocheck-checks=page-membr" } */
/* { fc-exit-status 1 } */
/* { dg-error "foliocheck: unknown rule 'page-membr' in 'checks'" "" { target *-*-* } 0 } */
#include <linux/mm.h>

unsigned long f(struct page *page)
{
	return page->index; /* { dg-bogus "member" } */
}
