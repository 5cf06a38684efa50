// SPDX-License-Identifier: GPL-2.0
/*
 * Deferred framebuffer I/O in the style of fb_defio.c: it stores the
 * page's offset in page->index and its owner in page->mapping.
 */
#include <linux/mm.h>

struct fb_info {
	struct address_space *mapping;
	unsigned long npages;
};

void fb_deferred_io_track(struct fb_info *info, struct page *page,
			  unsigned long offset)
{
	page->index = offset >> 12;
	WRITE_ONCE(page->mapping, info->mapping);
}

unsigned long fb_deferred_io_offset(struct page *page)
{
	return page->index << 12;
}

/* A driver's own struct with a member named like struct page's. */
struct defio_page {
	unsigned long index;
	void *mapping;
};

unsigned long defio_page_offset(struct defio_page *p)
{
	return p->index << 12;
}
