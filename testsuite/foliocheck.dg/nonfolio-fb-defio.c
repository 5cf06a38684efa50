/* nonfolio-conversion: the deferred-I/O framebuffer shape the plan names
   (fb_defio in 6.12), written from scratch: vmalloc pages referenced in
   the fault handler, handed to vmf->page, read back in page_mkwrite,
   passed down two calls into pageref->page, then locked and converted.
   The handlers are static and reached through an ops table, as there. */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-foliocheck-report=nonfolio-fb-defio.json -fplugin-arg-foliocheck-checks=nonfolio-conversion" } */
#include <linux/vmalloc.h>
#include <linux/pgtable.h>

struct fb_pageref {
	struct page *page;
	unsigned long offset;
	struct list_head list;
};

struct fb_state {
	void *screen;
	unsigned long smem_start;
	struct fb_pageref refs[16];
	struct list_head dirty;
	struct page *(*get_page)(struct fb_state *fb, unsigned long offs);
};

static struct page *defio_get_page(struct fb_state *fb, unsigned long offs)
{
	struct page *page = NULL;

	if (fb->get_page)
		return fb->get_page(fb, offs);
	if (fb->screen)
		page = vmalloc_to_page(fb->screen + offs); /* { dg-message "note: page comes from 'vmalloc_to_page' here" } */
	else
		page = pfn_to_page((fb->smem_start + offs) >> PAGE_SHIFT);
	if (page)
		get_page(page); /* { dg-warning "vmalloc page converted to a folio by 'get_page'" } */
	return page;
}

static int defio_fault(struct fb_state *fb, struct vm_fault *vmf)
{
	struct page *page = defio_get_page(fb, vmf->pgoff << PAGE_SHIFT);

	if (!page)
		return -1;
	vmf->page = page;
	return 0;
}

static struct fb_pageref *pageref_lookup(struct fb_state *fb,
					 unsigned long offset,
					 struct page *page)
{
	struct fb_pageref *ref = &fb->refs[offset >> PAGE_SHIFT];

	ref->page = page;
	ref->offset = offset;
	return ref;
}

static int track_page(struct fb_state *fb, unsigned long offset,
		      struct page *page)
{
	struct fb_pageref *ref = pageref_lookup(fb, offset, page);

	lock_page(ref->page); /* { dg-warning "vmalloc page converted to a folio by 'lock_page'" } */ /* { dg-message "note: page comes from 'fb_pageref.page' here \\\(it holds a page from 'vmalloc_to_page'\\\)" } */
	return 0;
}

static int defio_mkwrite(struct fb_state *fb, struct vm_fault *vmf)
{
	struct page *page = vmf->page;

	return track_page(fb, vmf->pgoff << PAGE_SHIFT, page);
}

static void defio_work(struct fb_state *fb)
{
	for (int i = 0; i < 16; i++) {
		struct folio *folio = page_folio(fb->refs[i].page); /* { dg-warning "vmalloc page converted to a folio by 'page_folio'" } */ /* { dg-message "note: page comes from 'fb_pageref.page' here" } */

		folio_mkclean(folio);
	}
}

struct defio_ops {
	int (*fault)(struct fb_state *fb, struct vm_fault *vmf);
	int (*mkwrite)(struct fb_state *fb, struct vm_fault *vmf);
	void (*work)(struct fb_state *fb);
};

const struct defio_ops defio_ops = {
	.fault = defio_fault,
	.mkwrite = defio_mkwrite,
	.work = defio_work,
};

/* { dg-final { fc-json-count "nonfolio-fb-defio.json" 3 } } */
