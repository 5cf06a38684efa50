/* quiet without a report would lose every finding. */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-foliocheck-quiet" } */
/* { fc-exit-status 1 } */
/* { dg-error "'quiet' needs 'report' or 'report-dir'" "" { target *-*-* } 0 } */
#include <linux/mm.h>

unsigned long f(struct page *page)
{
	return page->index; /* { dg-bogus "member" } */
}
