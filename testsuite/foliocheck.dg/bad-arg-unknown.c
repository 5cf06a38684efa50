/* An unknown plugin argument is an error naming the key. */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-foliocheck-colour=red" } */
/* { fc-exit-status 1 } */
/* { dg-error "foliocheck: unknown argument 'colour' \\(see -fplugin-arg-foliocheck-help\\)" "" { target *-*-* } 0 } */
#include <linux/mm.h>

unsigned long f(struct page *page)
{
	return page->index; /* { dg-bogus "member" } */
}
