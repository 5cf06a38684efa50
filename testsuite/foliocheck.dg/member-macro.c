/* page-member: references spelled inside macros are reported at the
   outermost expansion point, the line a developer edits, with a note
   naming the macro chain. */
/* { dg-do compile } */
#include <linux/mm.h>

#define PAGE_OFFSET_OF(p)	((p)->index << 12)
#define FIRST_OFFSET(pages)	PAGE_OFFSET_OF(pages[0])

unsigned long walk(struct list_head *head)
{
	struct page *page;
	unsigned long sum = 0;

	list_for_each_entry(page, head, lru) /* { dg-warning "direct read of 'struct page' member 'lru'" } */ /* { dg-message "note: 'lru' is named inside macro expansion: list_for_each_entry -> " } */
		sum += page->flags;
	return sum;
}

unsigned long own_macro(struct page *p)
{
	return PAGE_OFFSET_OF(p); /* { dg-warning "direct read of 'struct page' member 'index'" } */ /* { dg-message "note: 'index' is named inside macro expansion: PAGE_OFFSET_OF" } */
}

unsigned long nested(struct page **pages)
{
	return FIRST_OFFSET(pages); /* { dg-warning "direct read of 'struct page' member 'index'" } */ /* { dg-message "note: 'index' is named inside macro expansion: FIRST_OFFSET -> PAGE_OFFSET_OF" } */
}

/* The shipped data allows page_private(): legal for bare pages. */
unsigned long private_macro(struct page *p)
{
	return page_private(p); /* { dg-bogus "member" } */
}
