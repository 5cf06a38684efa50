/* nonfolio-conversion: each memory kind breaks at a stage of the plan;
   stage= selects kinds as it selects members.  Misc memory breaks at the
   May 2026 step, page tables at the Jan 2025 memdesc step. */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-foliocheck-stage=memdesc-2025 -fplugin-arg-foliocheck-checks=nonfolio-conversion" } */
#include <linux/vmalloc.h>
#include <linux/pgtable.h>

void misc(void *buf)
{
	get_page(vmalloc_to_page(buf)); /* { dg-bogus "converted" } */
}

bool table(struct mm_struct *mm)
{
	return PageAnon(pte_alloc_one(mm)); /* { dg-warning "page-table page converted" } */ /* { dg-message "note: page comes from" } */
}
