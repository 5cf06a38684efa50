/* nonfolio-conversion in the JSON report: memory, sink and source. */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-foliocheck-report=nonfolio-json.json -fplugin-arg-foliocheck-checks=nonfolio-conversion" } */
#include <linux/pgtable.h>

bool anon_table(pmd_t *pmd)
{
	struct page *table = pmd_pgtable(*pmd); /* { dg-message "note: page comes from" } */

	return PageAnon(table); /* { dg-warning "page-table page converted" } */
}

bool sanctioned(struct ptdesc *pt)
{
	return pagetable_pte_ctor(pt);
}

/* { dg-final { fc-json-count "nonfolio-json.json" 1 } } */
/* { dg-final { fc-json-finding "nonfolio-json.json" {rule nonfolio-conversion memory pagetable sink PageAnon line 10 function anon_table macros {}} } } */
/* { dg-final { fc-json-finding "nonfolio-json.json" {source.line 8 source.column 23 source.what pmd_pgtable} } } */
/* { dg-final { fc-fingerprints-stable [lindex $args 0] } } */
