/* nonfolio-conversion: a finding names what the code wrote: the macro
   whose definition makes the call (alloc_page, not alloc_pages_noprof),
   and a call written as another macro's argument by its own name
   (page_folio inside CHECK(), pcpu_addr_to_page inside page_folio()). */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-foliocheck-report=nonfolio-macro-names.json" } */
#include <linux/mm.h>

#define CHECK(x)	do { if (!(x)) __builtin_trap(); } while (0)

struct page *pcpu_addr_to_page(void *addr);

void checked(gfp_t gfp)
{
	struct page *page = alloc_page(gfp); /* { dg-message "note: page comes from 'alloc_page' here" } */

	CHECK(!folio_test_anon(page_folio(page))); /* { dg-warning "bare page converted to a folio by 'page_folio'" } */
}

bool nested(gfp_t gfp)
{
	return folio_test_anon(page_folio(alloc_page(gfp))); /* { dg-warning "bare page converted to a folio by 'page_folio'" } */ /* { dg-message "note: page comes from 'alloc_page' here" } */
}

bool argument(void *addr)
{
	return folio_test_anon(page_folio(pcpu_addr_to_page(addr))); /* { dg-warning "percpu page converted to a folio by 'page_folio'" } */ /* { dg-message "note: page comes from 'pcpu_addr_to_page' here" } */
}

/* { dg-final { fc-json-finding "nonfolio-macro-names.json" {function checked sink page_folio source.what alloc_page} } } */
