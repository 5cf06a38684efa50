/* Included by every unit of the tree: its finding is one finding. */
#include <linux/mm.h>

static inline pgoff_t shared_index(struct page *page)
{
	return page->index;
}
