/* report-dir=DIR writes DIR/<object>.foliocheck.json for each unit. */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-foliocheck-report-dir=report-dir-out" } */
#include <linux/mm.h>

void f(struct page *page)
{
	page->memcg_data = 0; /* { dg-warning "member 'memcg_data'" } */
}

/* { dg-final { fc-json-count "report-dir-out/report-dir.foliocheck.json" 1 } } */
/* { dg-final { fc-json-finding "report-dir-out/report-dir.foliocheck.json" {member memcg_data access write} } } */
