/* page-api: the front end names the bodies page-api walks, from each
   wrapper's first declaration on: a wrapper known by a prototype only, one
   declared twice, and one defined after its callers are all seen; a body
   that only takes a wrapper's address calls nothing. */
/* { dg-do compile } */
#include <linux/mm.h>

struct address_space *page_mapping(struct page *page);
struct address_space *page_mapping(struct page *page);

struct address_space *mapping_of(struct page *page)
{
	return page_mapping(page); /* { dg-warning "call of page-based 'page_mapping'.*use folio_mapping\\(folio\\)" } */
}

bool set_page_dirty(struct page *page);

bool dirty_before(struct page *page)
{
	return set_page_dirty(page); /* { dg-warning "call of page-based 'set_page_dirty'" } */
}

bool set_page_dirty(struct page *page)
{
	return page != 0; /* the wrapper itself: { dg-bogus "page-api" } */
}

bool dirty_after(struct page *page)
{
	return set_page_dirty(page); /* { dg-warning "call of page-based 'set_page_dirty'" } */
}

void (*locker(void))(struct page *)
{
	return lock_page; /* { dg-bogus "page-api" } */
}

void nested_call(struct page *page)
{
	if (page)
		do {
			unlock_page(page); /* { dg-warning "call of page-based 'unlock_page'" } */
		} while (0);
}
