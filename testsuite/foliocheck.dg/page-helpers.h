/* A header with static inline helpers, none of them called. */
#ifndef PAGE_HELPERS_H
#define PAGE_HELPERS_H

#include <linux/mm.h>

static inline pgoff_t helper_index(struct page *page)
{
	return page->index;
}

static inline void helper_set_mapping(struct page *page, struct address_space *m)
{
	page->mapping = m;
}

#endif
