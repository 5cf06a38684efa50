/* Suppressions follow the stages as the data's allow entries do: one
   written for index-2024 does not hide the same code under goal-b-2023. */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-foliocheck-stage=goal-b-2023 -fplugin-arg-foliocheck-suppressions=@SRCDIR@/suppressions/stages.supp" } */
#include <linux/mm.h>

pgoff_t staged(struct page *page)
{
	return page->index; /* { dg-warning "direct read of 'struct page' member 'index'" } */
}
