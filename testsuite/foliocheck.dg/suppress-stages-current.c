/* ... and under its own stage it does. */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-foliocheck-stage=index-2024 -fplugin-arg-foliocheck-suppressions=@SRCDIR@/suppressions/stages.supp" } */
#include <linux/mm.h>

pgoff_t staged(struct page *page)
{
	return page->index; /* { dg-bogus "member" } */
}
