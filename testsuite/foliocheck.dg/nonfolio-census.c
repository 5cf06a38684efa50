/* nonfolio-conversion: -fplugin-arg-foliocheck-census records every
   page->folio conversion with what is known of the page: a folio, a kind
   that is not one, a page from a user page table (run time), or unknown
   (a parameter of a function other units call).  A static helper's
   conversion of its parameter is counted at its calls. */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-foliocheck-census -fplugin-arg-foliocheck-report=nonfolio-census.json -fplugin-arg-foliocheck-checks=nonfolio-conversion" } */
#include <linux/vmalloc.h>
#include <linux/pgtable.h>

bool from_folio(struct folio *folio)
{
	return PageAnon(folio_page(folio, 0));
}

bool from_vmalloc(void *addr)
{
	return PageAnon(vmalloc_to_page(addr)); /* { dg-warning "vmalloc page converted" } */ /* { dg-message "note: page comes from" } */
}

bool from_user(struct vm_area_struct *vma, pte_t pte)
{
	struct page *page = vm_normal_page(vma, 0, pte);
	struct folio *folio = page_folio(page);

	return folio_mapping(folio) != NULL;
}

bool exported(struct page *page)
{
	return PageAnon(page);
}

static bool helper(struct page *page)
{
	return PageAnon(page);
}

bool through_helper(pte_t pte)
{
	return helper(pte_page(pte));
}

/* { dg-final { fc-json-count "nonfolio-census.json" 1 } } */
/* { dg-final { fc-json-census "nonfolio-census.json" 5 } } */
/* { dg-final { fc-json-census-entry "nonfolio-census.json" {function from_folio sink PageAnon class folio memory folio reads_mapping false} } } */
/* { dg-final { fc-json-census-entry "nonfolio-census.json" {function from_vmalloc class nonfolio memory vmalloc} } } */
/* { dg-final { fc-json-census-entry "nonfolio-census.json" {function from_user sink page_folio class runtime memory mapped reads_mapping true reads_index false} } } */
/* { dg-final { fc-json-census-entry "nonfolio-census.json" {function exported sink PageAnon class unknown} } } */
/* { dg-final { fc-json-census-entry "nonfolio-census.json" {function through_helper sink helper class runtime} } } */
