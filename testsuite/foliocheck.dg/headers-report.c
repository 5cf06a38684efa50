/* headers=report: findings located in headers go to the report only;
   findings in the file being compiled are still warnings. */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-foliocheck-headers=report -fplugin-arg-foliocheck-report=headers-report.json" } */
#include "page-helpers.h"

pgoff_t f(struct page *p)
{
	return p->index; /* { dg-warning "member 'index'" } */
}

/* { dg-final { fc-json-count "headers-report.json" 3 } } */
/* { dg-final { fc-json-finding "headers-report.json" {member mapping function helper_set_mapping} } } */
