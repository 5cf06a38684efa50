/* Two report destinations. */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-foliocheck-report=a.json -fplugin-arg-foliocheck-report-dir=d" } */
/* { fc-exit-status 1 } */
/* { dg-error "give 'report' or 'report-dir', not both" "" { target *-*-* } 0 } */
#include <linux/mm.h>

unsigned long f(struct page *page)
{
	return page->index; /* { dg-bogus "member" } */
}
