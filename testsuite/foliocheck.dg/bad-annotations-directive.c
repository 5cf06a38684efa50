/* An unknown directive. */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-foliocheck-annotations=@SRCDIR@/annotations/directive.annot" } */
/* { fc-exit-status 1 } */
/* { dg-error "directive.annot:3: unknown directive 'membre' \\(known: stage, allow, \[^)\]*member\[^)\]*\\)" "" { target *-*-* } 0 } */
#include <linux/mm.h>

unsigned long f(struct page *page)
{
	return page->index; /* { dg-bogus "member" } */
}
