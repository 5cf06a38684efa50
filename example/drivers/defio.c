// SPDX-License-Identifier: GPL-2.0
/*
 * Deferred framebuffer I/O in the style of fb_defio.c: it stores the
 * page's offset in page->index and its owner in page->mapping, and takes
 * references on and locks vmalloc pages, which have no folio and no
 * refcount under the memdesc plan.
 */
#include <linux/vmalloc.h>

struct fb_pageref {
	struct page *page;
	unsigned long offset;
};

struct fb_info {
	struct address_space *mapping;
	unsigned long npages;
	void *screen_buffer;
	struct fb_pageref refs[64];
};

static struct page *fb_deferred_io_get_page(struct fb_info *info,
					    unsigned long offset)
{
	struct page *page = vmalloc_to_page(info->screen_buffer + offset);

	get_page(page);
	return page;
}

static void fb_deferred_io_fault(struct fb_info *info, struct vm_fault *vmf)
{
	vmf->page = fb_deferred_io_get_page(info, vmf->pgoff << 12);
}

static void fb_deferred_io_mkwrite(struct fb_info *info, struct vm_fault *vmf)
{
	struct fb_pageref *ref = &info->refs[vmf->pgoff];

	ref->page = vmf->page;
	lock_page(ref->page);
}

/* The fault handlers are reached through the vma's operations. */
struct fb_vm_ops {
	void (*fault)(struct fb_info *info, struct vm_fault *vmf);
	void (*page_mkwrite)(struct fb_info *info, struct vm_fault *vmf);
};

const struct fb_vm_ops fb_deferred_io_vm_ops = {
	.fault = fb_deferred_io_fault,
	.page_mkwrite = fb_deferred_io_mkwrite,
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
