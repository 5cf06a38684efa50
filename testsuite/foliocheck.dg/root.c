/* root=DIR: paths below DIR are reported relative to it, so builds in
   different places give the same paths and fingerprints. */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-foliocheck-root=@SRCDIR@/.. -fplugin-arg-foliocheck-report=root.json" } */
#include "page-helpers.h"

unsigned long f(struct page *page)
{
	return page->private; /* { dg-warning "member 'private'" } */
}

/* { fc-warning-at "page-helpers.h" 9 "member 'index'" } */
/* { fc-warning-at "page-helpers.h" 14 "member 'mapping'" } */
/* { dg-final { fc-json-finding "root.json" {file foliocheck.dg/root.c member private} } } */
/* { dg-final { fc-json-finding "root.json" {file foliocheck.dg/page-helpers.h member index} } } */
/* { dg-final { fc-json-field "root.json" unit foliocheck.dg/root.c } } */
