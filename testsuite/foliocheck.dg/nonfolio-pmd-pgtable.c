/* nonfolio-conversion: PageAnon() on a page-table page from pmd_pgtable(),
   a macro source, with PageAnon found to convert from its body. */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-foliocheck-checks=nonfolio-conversion" } */
#include <linux/pgtable.h>

bool anon_table(pmd_t *pmd)
{
	return PageAnon(pmd_pgtable(*pmd)); /* { dg-warning "page-table page converted to a folio by 'PageAnon' \\\(page_folio\\\(\\\) returns NULL for page tables under the memdesc plan\\\) \\\[foliocheck:nonfolio-conversion\\\]" } */ /* { dg-message "note: page comes from 'pmd_pgtable' here" } */
}
