/* -fsyntax-only has no end of unit, but the report is still written. */
/* { dg-do compile } */
/* { dg-options "-fsyntax-only -fplugin-arg-foliocheck-report=syntax-only.json" } */
#include <linux/mm.h>

unsigned long f(struct page *page)
{
	return page->index; /* { dg-warning "member 'index'" } */
}

/* { dg-final { fc-json-count "syntax-only.json" 1 } } */
