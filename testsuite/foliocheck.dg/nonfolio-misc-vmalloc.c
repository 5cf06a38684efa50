/* nonfolio-conversion: vmalloc pages, from vmalloc_to_page() and from the
   pages array of a vmalloc area, are misc memory. */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-foliocheck-report=nonfolio-misc-vmalloc.json" } */
#include <linux/vmalloc.h>

void pin(void *buf, unsigned long off)
{
	struct page *page = vmalloc_to_page(buf + off); /* { dg-message "note: page comes from 'vmalloc_to_page' here" } */

	get_page(page); /* { dg-warning "vmalloc page converted to a folio by 'get_page' \\\(misc memory has no folio and no refcount under the memdesc plan\\\)" } */
}

bool area_page_anon(void *addr, unsigned int i)
{
	struct vm_struct *area = find_vm_area(addr);

	return folio_test_anon(page_folio(area->pages[i])); /* { dg-warning "vmalloc page converted to a folio by 'page_folio'" } */ /* { dg-message "note: page comes from 'vm_struct.pages' here" } */
}

/* { dg-final { fc-json-count "nonfolio-misc-vmalloc.json" 2 } } */
/* { dg-final { fc-json-finding "nonfolio-misc-vmalloc.json" {memory vmalloc sink page_folio function area_page_anon source.what vm_struct.pages} } } */
