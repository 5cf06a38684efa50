/* The baseline unit of the diff and gate tests. */
#include <linux/mm.h>

unsigned long base_index(struct page *page)
{
	return page->index;
}

struct list_head *base_lru(struct page *page)
{
	return page->lru.next;
}

void base_private(struct page *page)
{
	page->private = 0;
}
