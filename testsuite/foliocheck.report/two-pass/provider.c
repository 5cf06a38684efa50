/* Two passes: the unit whose exported functions convert and return pages. */
#include <linux/vmalloc.h>

void buf_pin(int flags, struct page *page)
{
	if (flags)
		get_page(page);
}

struct page *buf_page(void *addr)
{
	return vmalloc_to_page(addr);
}

/* Returns a folio's page: a source of folio memory, never a finding. */
struct page *buf_folio_page(struct folio *folio)
{
	return &folio->page;
}
