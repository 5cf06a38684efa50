/* no-section: the object carries no .discard.foliocheck section. */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-foliocheck-no-section" } */
#include <linux/mm.h>

unsigned long f(struct page *page)
{
	return page->index; /* { dg-warning "member 'index'" } */
}

/* { dg-final { fc-no-section "no-section.o" } } */
