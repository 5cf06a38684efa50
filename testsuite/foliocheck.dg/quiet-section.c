/* quiet alone: the object's .foliocheck section is where findings go. */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-foliocheck-quiet" } */
/* { fc-exit-status 0 } */
#include <linux/mm.h>

unsigned long f(struct page *page)
{
	return page->index; /* { dg-bogus "member" } */
}

/* { dg-final { fc-section-count "quiet-section.o" 1 } } */
