/* Two passes: the unit that calls them; only the second pass knows. */
#include <linux/vmalloc.h>

void buf_pin(int flags, struct page *page);
struct page *buf_page(void *addr);
struct page *buf_folio_page(struct folio *folio);

void pin_vmalloc(void *addr)
{
	buf_pin(1, vmalloc_to_page(addr));
}

void hold(void *addr)
{
	get_page(buf_page(addr));
}

void hold_folio(struct folio *folio)
{
	get_page(buf_folio_page(folio));
}
