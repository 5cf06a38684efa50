/* A missing annotation file. */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-foliocheck-annotations=@SRCDIR@/annotations/missing.annot" } */
/* { fc-exit-status 1 } */
/* { dg-error "annotations/missing.annot: cannot read annotations: No such file or directory" "" { target *-*-* } 0 } */
#include <linux/mm.h>

unsigned long f(struct page *page)
{
	return page->index; /* { dg-bogus "member" } */
}
