/* A member line without STRUCT.MEMBER. */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-foliocheck-annotations=@SRCDIR@/annotations/not-member.annot" } */
/* { fc-exit-status 1 } */
/* { dg-error "not-member.annot:3: 'page' is not STRUCT.MEMBER" "" { target *-*-* } 0 } */
#include <linux/mm.h>

unsigned long f(struct page *page)
{
	return page->index; /* { dg-bogus "member" } */
}
