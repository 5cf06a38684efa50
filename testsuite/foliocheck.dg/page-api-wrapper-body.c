/* page-api: a wrapper's own body is part of what retires, not a user of
   it; its callers are reported. */
/* { dg-do compile } */
#include <linux/mm.h>

bool set_page_dirty(struct page *page)
{
	lock_page(page); /* { dg-bogus "page-api" } */
	unlock_page(page); /* { dg-bogus "page-api" } */
	return true;
}

void dirty(struct page *page)
{
	set_page_dirty(page); /* { dg-warning "call of page-based 'set_page_dirty'.*folio_mark_dirty\\(folio\\)" } */
}
