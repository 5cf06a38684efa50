/* A misspelt key: one error line, "foliocheck: FILE:LINE: what". */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-foliocheck-annotations=@SRCDIR@/annotations/key.annot" } */
/* { fc-exit-status 1 } */
/* { dg-error "foliocheck: \[^ \]*key.annot:3: unknown key 'adviec' for 'member'" "" { target *-*-* } 0 } */
#include <linux/mm.h>

unsigned long f(struct page *page)
{
	return page->index; /* { dg-bogus "member" } */
}
