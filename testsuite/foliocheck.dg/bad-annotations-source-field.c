/* Annotation data with a bad memory kind or field source: one error line. */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-foliocheck-annotations=@SRCDIR@/annotations/source-field.annot" } */
/* { fc-exit-status 1 } */
/* { dg-error "source-field.annot:3: source: 'vm_struct' is not STRUCT.FIELD" "" { target *-*-* } 0 } */
#include <linux/mm.h>

unsigned long f(struct page *page)
{
	return page->index; /* { dg-bogus "member" } */
}
