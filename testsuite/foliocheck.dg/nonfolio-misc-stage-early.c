/* nonfolio-conversion: a stage before the memdesc steps selects no memory
   kind: a user targeting page->index is not flooded with memdesc work. */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-foliocheck-stage=index-2024" } */
#include <linux/vmalloc.h>
#include <linux/pgtable.h>

void misc(void *buf)
{
	get_page(vmalloc_to_page(buf)); /* { dg-bogus "converted" } */
}

bool table(struct mm_struct *mm)
{
	return PageAnon(pte_alloc_one(mm)); /* { dg-bogus "converted" } */
}
