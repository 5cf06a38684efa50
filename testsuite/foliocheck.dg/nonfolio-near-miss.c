/* nonfolio-conversion: pages that are folios, page-level tests of page
   tables and ptdesc-only helpers are never reported. */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-foliocheck-checks=nonfolio-conversion" } */
#include <linux/pgtable.h>

bool from_folio_page(struct folio *folio)
{
	return PageAnon(folio_page(folio, 1)); /* { dg-bogus "converted" } */
}

bool from_folio_alloc(void)
{
	struct folio *folio = folio_alloc(0, 2);
	struct page *page = &folio->page;

	return folio_test_anon(page_folio(page)); /* { dg-bogus "converted" } */
}

bool from_vm_normal_page(struct vm_area_struct *vma, pte_t pte)
{
	return PageAnon(vm_normal_page(vma, 0, pte)); /* { dg-bogus "converted" } */
}

bool page_level_test(pmd_t *pmd)
{
	return PageTable(pmd_pgtable(*pmd)); /* { dg-bogus "converted" } */
}

int page_level_flag(pmd_t *pmd)
{
	return PageLRU(pmd_pgtable(*pmd)); /* { dg-bogus "converted" } */
}

void ptdesc_only(pmd_t *pmd)
{
	ptdesc_set_index(pmd_ptdesc(pmd), 3); /* { dg-bogus "converted" } */
}

bool sanctioned_ctor(struct ptdesc *pt)
{
	return pagetable_pte_ctor(pt); /* { dg-bogus "converted" } */
}
