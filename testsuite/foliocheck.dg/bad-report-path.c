/* An unwritable report path fails before any work. */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-foliocheck-report=/nonexistent-foliocheck-dir/r.json" } */
/* { fc-exit-status 1 } */
/* { dg-error "foliocheck: cannot write report '/nonexistent-foliocheck-dir/r.json': No such file or directory" "" { target *-*-* } 0 } */
#include <linux/mm.h>

unsigned long f(struct page *page)
{
	return page->index; /* { dg-bogus "member" } */
}
