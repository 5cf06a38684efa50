/* quiet without a report or the object section would lose every finding. */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-foliocheck-quiet -fplugin-arg-foliocheck-no-section" } */
/* { fc-exit-status 1 } */
/* { dg-error "'quiet' with 'no-section' needs 'report' or 'report-dir'" "" { target *-*-* } 0 } */
#include <linux/mm.h>

unsigned long f(struct page *page)
{
	return page->index; /* { dg-bogus "member" } */
}
