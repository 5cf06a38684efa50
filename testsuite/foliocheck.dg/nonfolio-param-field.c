/* nonfolio-conversion: a source passed as an argument taints the
   callee's parameter, through calls, into the field the callee stores it
   in; a load of that field elsewhere is reported. */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-foliocheck-report=nonfolio-param-field.json -fplugin-arg-foliocheck-checks=nonfolio-conversion" } */
#include <linux/vmalloc.h>

struct ref {
	struct page *page;
};

static void store(struct ref *r, struct page *page)
{
	r->page = page;
}

static void track(struct ref *r, struct page *page)
{
	store(r, page);
}

void start(struct ref *r, void *addr)
{
	track(r, vmalloc_to_page(addr));
}

void lock(struct ref *r)
{
	lock_page(r->page); /* { dg-warning "vmalloc page converted to a folio by 'lock_page'" } */ /* { dg-message "note: page comes from 'ref.page' here \\\(it holds a page from 'vmalloc_to_page'\\\)" } */
}

/* { dg-final { fc-json-count "nonfolio-param-field.json" 1 } } */
