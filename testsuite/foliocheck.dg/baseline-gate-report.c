/* baseline: a report (here a unit's) serves as the baseline as the list
   does: the findings it has stay quiet, the new one is an error. */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-foliocheck-root=@SRCDIR@ -fplugin-arg-foliocheck-baseline=@SRCDIR@/baselines/gate-report.json" } */
/* { fc-exit-status 1 } */
#include <linux/mm.h>

pgoff_t old_index(struct page *page)
{
	return page->index; /* in the report: { dg-bogus "member" } */
}

unsigned long new_use(struct page *page)
{
	return page->private; /* { dg-error "direct read of 'struct page' member 'private'" } */
}
