// SPDX-License-Identifier: GPL-2.0
/*
 * A filesystem's read path half converted to folios: the folio parts are
 * clean, the page parts are findings.
 */
#include <linux/mm.h>

pgoff_t fs_folio_index(struct folio *folio)
{
	return folio->index;
}

int fs_read_page(struct page *page)
{
	struct folio *folio = page_folio(page);

	if (page->private)
		return 0;
	page->private = (unsigned long)folio->mapping;
	return fs_folio_index(folio) == page->index;
}

int fs_page_mapped(struct page *page)
{
	return page->_mapcount.counter >= 0;
}
