/* page-member: "function=<toplevel>" allows what lies outside functions
   (a file-scope static_assert), and nothing inside them. */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-foliocheck-annotations=@SRCDIR@/annotations/toplevel-allow.annot -fplugin-arg-foliocheck-report=member-folded-toplevel-allow.json" } */
#include <linux/mm.h>

_Static_assert(offsetof(struct page, index) > 0, "index"); /* { dg-bogus "member" } */

unsigned long in_function(struct page *p)
{
	return sizeof(p->index); /* { dg-warning "member 'index' named in sizeof" } */
}

/* { dg-final { fc-json-count "member-folded-toplevel-allow.json" 1 } } */
/* { dg-final { fc-json-allowed "member-folded-toplevel-allow.json" 4 1 } } */
