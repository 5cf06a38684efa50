/* A file without the format line. */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-foliocheck-annotations=@SRCDIR@/annotations/header.annot" } */
/* { fc-exit-status 1 } */
/* { dg-error "header.annot:1: first line must be 'foliocheck-annotations 1'" "" { target *-*-* } 0 } */
#include <linux/mm.h>

unsigned long f(struct page *page)
{
	return page->index; /* { dg-bogus "member" } */
}
