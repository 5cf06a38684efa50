/* The renamed layout: stage= selects the renamed member as it selects
   the member (index-2024 slates index only, not mapping). */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-foliocheck-stage=index-2024" } */
#include <linux/mm.h>

unsigned long offset(struct page *page)
{
	return page->__folio_index; /* { dg-warning "member 'index' \\\(spelled '__folio_index'" } */
}

struct address_space *owner(struct page *page)
{
	return page->__folio_mapping; /* { dg-bogus "member" } */
}
