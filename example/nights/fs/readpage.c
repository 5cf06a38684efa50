// SPDX-License-Identifier: GPL-2.0
/*
 * example/fs/readpage.c one night later: the read path takes the folio.
 * Only the mapcount check still looks at the page.  (make example-history)
 */
#include <linux/mm.h>

pgoff_t fs_folio_index(struct folio *folio)
{
	return folio->index;
}

int fs_read_folio(struct folio *folio)
{
	if (folio->private)
		return 0;
	folio->private = folio->mapping;
	return 0;
}

int fs_page_mapped(struct page *page)
{
	return page->_mapcount.counter >= 0;
}
