/* A report directory that cannot be created. */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-foliocheck-report-dir=@SRCDIR@/bad-report-dir.c/sub" } */
/* { fc-exit-status 1 } */
/* { dg-error "foliocheck: cannot write report '\[^'\]*bad-report-dir.c/sub/bad-report-dir.foliocheck.json': Not a directory" "" { target *-*-* } 0 } */
#include <linux/mm.h>

unsigned long f(struct page *page)
{
	return page->index; /* { dg-bogus "member" } */
}
