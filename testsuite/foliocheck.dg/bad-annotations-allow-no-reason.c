/* An allow entry without a reason. */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-foliocheck-annotations=@SRCDIR@/annotations/allow-no-reason.annot" } */
/* { fc-exit-status 1 } */
/* { dg-error "allow-no-reason.annot:3: allow: every allow entry needs a reason=" "" { target *-*-* } 0 } */
#include <linux/mm.h>

unsigned long f(struct page *page)
{
	return page->index; /* { dg-bogus "member" } */
}
