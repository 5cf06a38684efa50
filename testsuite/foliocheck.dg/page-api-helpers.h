/* A header's helper that calls a retiring wrapper; page-api-macro.c. */
#ifndef PAGE_API_HELPERS_H
#define PAGE_API_HELPERS_H
#include <linux/mm.h>

static inline void done_with(struct page *page)
{
	unlock_page(page);
}
#endif
