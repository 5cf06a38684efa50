// SPDX-License-Identifier: GPL-2.0
/*
 * A memory balloon in the style of mm/balloon_compaction.c: balloon pages
 * are bare pages kept on a list through page->lru, with the balloon's
 * mapping stored in page->mapping.  Every one of those uses must move
 * before lru and mapping leave struct page.
 */
#include <linux/mm.h>

struct balloon_dev_info {
	unsigned long isolated_pages;
	struct list_head pages;
	struct address_space *mapping;
};

void balloon_page_insert(struct balloon_dev_info *b, struct page *page)
{
	page->mapping = b->mapping;
	list_add(&page->lru, &b->pages);
}

struct page *balloon_page_dequeue(struct balloon_dev_info *b)
{
	struct page *page;

	list_for_each_entry(page, &b->pages, lru) {
		if (PageLocked(page))
			continue;
		list_del(&page->lru);
		page->mapping = NULL;
		return page;
	}
	return NULL;
}

/*
 * Only the front end sees this use: list_first_entry() is container_of(),
 * whose offsetof(struct page, lru) is folded to a constant while parsing.
 */
struct page *balloon_page_pop(struct balloon_dev_info *b)
{
	if (list_empty(&b->pages))
		return NULL;
	return list_first_entry(&b->pages, struct page, lru);
}

/* Not a finding: the balloon's own counters. */
unsigned long balloon_isolated(struct balloon_dev_info *b)
{
	return READ_ONCE(b->isolated_pages);
}
