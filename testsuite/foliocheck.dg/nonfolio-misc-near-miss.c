/* nonfolio-conversion: folio memory through the same paths as misc
   memory (fields, parameters, returns) is never reported. */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-foliocheck-report=nonfolio-misc-near-miss.json -fplugin-arg-foliocheck-checks=nonfolio-conversion" } */
#include <linux/vmalloc.h>

struct holder {
	struct page *page;
};

static struct page *folio_head(gfp_t gfp)
{
	struct folio *folio = folio_alloc(gfp, 2);

	return &folio->page;
}

static void keep(struct holder *h, struct page *page)
{
	h->page = page;
}

void fill(struct holder *h, gfp_t gfp)
{
	struct page *page = folio_head(gfp);

	get_page(page); /* { dg-bogus "converted" } */
	keep(h, page);
}

void use(struct holder *h)
{
	lock_page(h->page); /* { dg-bogus "converted" } */
}

/* The page of a vmalloc area that is not a page: its address. */
void *area_address(void *addr)
{
	return find_vm_area(addr)->addr;
}

/* { dg-final { fc-json-count "nonfolio-misc-near-miss.json" 0 } } */
