/* An allow entry naming a stage that is not declared. */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-foliocheck-annotations=@SRCDIR@/annotations/allow-stages-bad.annot" } */
/* { fc-exit-status 1 } */
/* { dg-error "allow-stages-bad.annot:4: stages: unknown stage 'late' \\(stages must be declared before use\\)" "" { target *-*-* } 0 } */
#include <linux/mm.h>

unsigned long f(struct page *page)
{
	return page->private; /* { dg-bogus "member" } */
}
