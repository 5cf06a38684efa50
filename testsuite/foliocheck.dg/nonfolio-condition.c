/* nonfolio-conversion, known limit: conditions are not understood yet.
   A conversion guarded by !PageTable() is still reported (see README). */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-foliocheck-checks=nonfolio-conversion" } */
#include <linux/pgtable.h>

bool guarded(struct mm_struct *mm)
{
	struct page *page = pte_alloc_one(mm); /* { dg-message "note: page comes from 'pte_alloc_one' here" } */

	if (PageTable(page))
		return false;
	return PageAnon(page); /* { dg-warning "page-table page converted to a folio by 'PageAnon'" "known limit: the guard is not understood" } */
}
