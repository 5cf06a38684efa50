/* nonfolio-conversion: a source reaching the conversion through a PHI
   (one arm of a conditional) and through SSA copies. */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-foliocheck-checks=nonfolio-conversion" } */
#include <linux/pgtable.h>

struct page *other(void);

bool pick(struct mm_struct *mm, int cond)
{
	struct page *p = cond ? pte_alloc_one(mm) : other(); /* { dg-message "note: page comes from 'pte_alloc_one' here" } */
	struct page *q = p;

	return PageAnon(q); /* { dg-warning "page-table page converted to a folio by 'PageAnon'" } */
}
