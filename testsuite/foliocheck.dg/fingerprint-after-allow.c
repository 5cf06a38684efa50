/* Regression: a finding's fingerprint must not depend on findings allowed
   before it in the unit.  The ordinal table kept a pointer to a string
   the allowed path freed; the next fingerprint reused the buffer and got
   a false ordinal (seen on 6.12 units after page_ref.h findings). */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-foliocheck-annotations=@SRCDIR@/annotations/allow.annot -fplugin-arg-foliocheck-report=fingerprint-after-allow.json" } */
#include "page-helpers.h"

pgoff_t sanctioned(struct page *p)
{
	return p->index; /* { dg-bogus "member" } */
}

pgoff_t after(struct page *p)
{
	return p->index; /* { dg-warning "member 'index'" } */
}

/* { dg-final { fc-fingerprint-unaffected-by-allow "fingerprint-after-allow.json" after [lindex $args 0] } } */
