/* nonfolio-conversion: a function that returns its parameter passes each
   caller's memory through at that call, not the union of all callers. */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-foliocheck-checks=nonfolio-conversion" } */
#include <linux/vmalloc.h>

static struct page *checked(struct page *page)
{
	return page;
}

bool anon_vmalloc(void *addr)
{
	return PageAnon(checked(vmalloc_to_page(addr))); /* { dg-warning "vmalloc page converted to a folio by 'PageAnon'" } */ /* { dg-message "note: page comes from 'checked' here \\\(it returns a page from 'vmalloc_to_page'\\\)" } */
}

bool anon_folio(struct folio *folio)
{
	return PageAnon(checked(&folio->page)); /* { dg-bogus "converted" } */
}

static struct page *first_page(void *addr)
{
	return vmalloc_to_page(addr);
}

/* A function returning a source's page is a source itself. */
void hold(void *addr)
{
	get_page(first_page(addr)); /* { dg-warning "vmalloc page converted to a folio by 'get_page'" } */ /* { dg-message "note: page comes from 'first_page' here \\\(it returns a page from 'vmalloc_to_page'\\\)" } */
}
