/* quiet alone: the object's .discard.foliocheck section is where findings go.
   The name matters: modpost warns about any other non-allocatable section
   it does not know (.discard.* it accepts), and the kernel's vmlinux and
   module linker scripts drop .discard.*. */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-foliocheck-quiet" } */
/* { fc-exit-status 0 } */
#include <linux/mm.h>

unsigned long f(struct page *page)
{
	return page->index; /* { dg-bogus "member" } */
}

/* { dg-final { fc-section-count "quiet-section.o" 1 } } */
