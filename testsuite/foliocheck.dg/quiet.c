/* quiet: no diagnostics, the finding is in the report. */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-foliocheck-quiet -fplugin-arg-foliocheck-report=quiet.json" } */
#include <linux/mm.h>

unsigned long f(struct page *page)
{
	return page->index; /* { dg-bogus "member" } */
}

/* { dg-final { fc-json-count "quiet.json" 1 } } */
