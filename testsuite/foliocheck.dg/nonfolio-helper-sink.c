/* nonfolio-conversion: a non-inlined helper of the unit that hands its
   page to a conversion is a sink; the warning is at the helper's call. */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-foliocheck-checks=nonfolio-conversion" } */
#include <linux/pgtable.h>

static noinline bool is_anon(struct page *p)
{
	return PageAnon(p); /* { dg-bogus "converted" } */
}

static noinline bool check_second(int n, struct page *p)
{
	return n && is_anon(p); /* { dg-bogus "converted" } */
}

bool use(struct mm_struct *mm)
{
	return check_second(1, pte_alloc_one(mm)); /* { dg-warning "page-table page converted to a folio by 'check_second'" } */ /* { dg-message "note: page comes from 'pte_alloc_one' here" } */
}

bool not_a_page_table(struct page *page)
{
	return check_second(1, page); /* { dg-bogus "converted" } */
}
