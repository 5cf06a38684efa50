/* baseline: a read of a member added above the function's write of it is
   the new finding, at its own line; the write the baseline has (it was
   the function's only use) stays quiet.  (Regression: the access was not
   part of the fingerprint, and the write became the "new" one.) */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-foliocheck-root=@SRCDIR@ -fplugin-arg-foliocheck-baseline=@SRCDIR@/baselines/read-before-write.fp" } */
/* { fc-exit-status 1 } */
#include <linux/mm.h>

unsigned long last_index;

void reset(struct page *page)
{
	last_index = page->index; /* { dg-error "direct read of 'struct page' member 'index'" } */
	page->index = 0; /* in the baseline: { dg-bogus "member" } */
}
