/* An allow entry for a rule that does not exist. */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-foliocheck-annotations=@SRCDIR@/annotations/allow-rule.annot" } */
/* { fc-exit-status 1 } */
/* { dg-error "allow-rule.annot:3: allow: unknown rule 'page-membre'" "" { target *-*-* } 0 } */
#include <linux/mm.h>

unsigned long f(struct page *page)
{
	return page->index; /* { dg-bogus "member" } */
}
