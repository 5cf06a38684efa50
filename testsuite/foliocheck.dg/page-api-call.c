/* page-api: calls of page-based wrappers the folio conversion retires,
   each with its folio replacement; the folio calls are fine. */
/* { dg-do compile } */
#include <linux/mm.h>

void with_page(struct page *page)
{
	lock_page(page); /* { dg-warning "call of page-based 'lock_page', which the folio conversion retires; use folio_lock\\(folio\\) \\\[foliocheck:page-api\\\]" } */
	unlock_page(page); /* { dg-warning "call of page-based 'unlock_page'.*use folio_unlock\\(folio\\)" } */
}

bool anon(struct page *page)
{
	return PageAnon(page); /* { dg-warning "call of page-based 'PageAnon'.*folio_test_anon\\(folio\\)" } */
}

void with_folio(struct folio *folio)
{
	if (!folio_trylock(folio)) /* { dg-bogus "page-api" } */
		__folio_lock(folio);
	folio_unlock(folio); /* { dg-bogus "page-api" } */
}
