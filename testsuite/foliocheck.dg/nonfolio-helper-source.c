/* nonfolio-conversion: a function of the unit that returns a source's
   page is a source itself. */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-foliocheck-checks=nonfolio-conversion" } */
#include <linux/pgtable.h>

static struct page *get_table(struct mm_struct *mm)
{
	return pte_alloc_one(mm);
}

bool anon(struct mm_struct *mm)
{
	return PageAnon(get_table(mm)); /* { dg-warning "page-table page converted to a folio by 'PageAnon'" } */ /* { dg-message "note: page comes from 'get_table' here \\\(it returns a page from 'pte_alloc_one'\\\)" } */
}
