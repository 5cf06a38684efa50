/* A misspelt key. */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-foliocheck-annotations=@SRCDIR@/annotations/key.annot" } */
/* { fc-exit-status 1 } */
/* { dg-error "key.annot:3: unknown key 'adviec' for 'member'" "" { target *-*-* } 0 } */
#include <linux/mm.h>

unsigned long f(struct page *page)
{
	return page->index; /* { dg-bogus "member" } */
}
