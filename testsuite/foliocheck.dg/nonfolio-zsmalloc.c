/* nonfolio-conversion: zsmalloc's raw pages (get_first_page()). */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-foliocheck-checks=nonfolio-conversion" } */
#include <linux/mm.h>

struct zspage {
	struct page *first_page;
};

static struct page *get_first_page(struct zspage *zspage)
{
	return zspage->first_page;
}

bool anon(struct zspage *zspage)
{
	return PageAnon(get_first_page(zspage)); /* { dg-warning "zsmalloc page converted to a folio by 'PageAnon'" } */ /* { dg-message "note: page comes from 'get_first_page' here" } */
}
