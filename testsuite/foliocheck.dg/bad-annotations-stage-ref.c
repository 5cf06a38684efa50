/* A member slated by an undeclared stage. */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-foliocheck-annotations=@SRCDIR@/annotations/stage-ref.annot" } */
/* { fc-exit-status 1 } */
/* { dg-error "stage-ref.annot:3: stages: unknown stage 'goal-z' \\(stages must be declared before use\\)" "" { target *-*-* } 0 } */
#include <linux/mm.h>

unsigned long f(struct page *page)
{
	return page->index; /* { dg-bogus "member" } */
}
