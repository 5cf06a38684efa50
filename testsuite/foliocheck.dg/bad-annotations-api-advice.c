/* page-api data: an api entry without its replacement is refused, with
   the file and line. */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-foliocheck-annotations=@SRCDIR@/annotations/api-no-advice.annot" } */
/* { fc-exit-status 1 } */
/* { dg-error "foliocheck: \[^ \]*api-no-advice.annot:3: api 'lock_page' has no advice=" "" { target *-*-* } 0 } */
#include <linux/mm.h>

void f(struct page *page)
{
	lock_page(page); /* { dg-bogus "page-api" } */
}
