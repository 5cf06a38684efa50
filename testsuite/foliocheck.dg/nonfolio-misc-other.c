/* nonfolio-conversion: the other memdesc types the plan names that a
   compile can see: percpu chunk pages and page_pool pages. */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-foliocheck-report=nonfolio-misc-other.json" } */
#include <linux/mm.h>

struct page_pool;
struct page *page_pool_dev_alloc_pages(struct page_pool *pool);
struct page *pcpu_addr_to_page(void *addr);

void pool_ref(struct page_pool *pool)
{
	get_page(page_pool_dev_alloc_pages(pool)); /* { dg-warning "page_pool page converted to a folio by 'get_page' \\\(page_pool memory is its own memdesc type" } */ /* { dg-message "note: page comes from 'page_pool_dev_alloc_pages' here" } */
}

bool percpu_anon(void *addr)
{
	return folio_test_anon(page_folio(pcpu_addr_to_page(addr))); /* { dg-warning "percpu page converted to a folio by 'page_folio'" } */ /* { dg-message "note: page comes from 'pcpu_addr_to_page' here" } */
}

/* { dg-final { fc-json-count "nonfolio-misc-other.json" 2 } } */
/* { dg-final { fc-json-finding "nonfolio-misc-other.json" {memory netpool sink get_page function pool_ref} } } */
/* { dg-final { fc-json-finding "nonfolio-misc-other.json" {memory percpu sink page_folio function percpu_anon} } } */
