/* nonfolio-conversion: pointer arithmetic keeps the memory kind
   (page + i, nth_page()), and so does a direct cast. */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-foliocheck-checks=nonfolio-conversion" } */
#include <linux/pgtable.h>

bool second(struct mm_struct *mm)
{
	struct page *table = pte_alloc_one(mm); /* { dg-message "note: page comes from 'pte_alloc_one' here" } */

	return PageAnon(table + 1); /* { dg-warning "page-table page converted to a folio by 'PageAnon'" } */
}

bool nth(struct mm_struct *mm, int n)
{
	struct page *table = pgtable_trans_huge_withdraw(mm, NULL); /* { dg-message "note: page comes from 'pgtable_trans_huge_withdraw' here" } */

	return PageAnon(nth_page(table, n)); /* { dg-warning "page-table page converted to a folio by 'PageAnon'" } */
}

struct folio *cast(struct mm_struct *mm)
{
	return (struct folio *)pte_alloc_one(mm); /* { dg-warning "page-table page converted to a folio by a cast to 'struct folio \\\*'" } */ /* { dg-message "note: page comes from 'pte_alloc_one' here" } */
}
