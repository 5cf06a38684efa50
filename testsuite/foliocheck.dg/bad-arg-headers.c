/* headers= takes warn or report. */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-foliocheck-headers=none" } */
/* { fc-exit-status 1 } */
/* { dg-error "foliocheck: 'headers' is 'warn' or 'report', not 'none'" "" { target *-*-* } 0 } */
#include <linux/mm.h>

unsigned long f(struct page *page)
{
	return page->index; /* { dg-bogus "member" } */
}
