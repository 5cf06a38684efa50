/* nonfolio-conversion: the misc-memory step includes the memdesc step. */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-foliocheck-stage=memdesc-misc-2026 -fplugin-arg-foliocheck-checks=nonfolio-conversion" } */
#include <linux/vmalloc.h>
#include <linux/pgtable.h>

void misc(void *buf)
{
	get_page(vmalloc_to_page(buf)); /* { dg-warning "vmalloc page converted" } */ /* { dg-message "note: page comes from" } */
}

bool table(struct mm_struct *mm)
{
	return PageAnon(pte_alloc_one(mm)); /* { dg-warning "page-table page converted" } */ /* { dg-message "note: page comes from" } */
}
