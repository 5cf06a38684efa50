/* nonfolio-conversion: a local that lives in memory (its address is
   taken) still carries the page it was given. */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-foliocheck-checks=nonfolio-conversion" } */
#include <linux/pgtable.h>

void remember(struct page **slot);

bool anon(struct mm_struct *mm)
{
	struct page *table;

	table = pte_alloc_one(mm); /* { dg-message "note: page comes from 'pte_alloc_one' here" } */
	remember(&table);
	return PageAnon(table); /* { dg-warning "page-table page converted to a folio by 'PageAnon'" } */
}
