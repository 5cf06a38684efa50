/* nonfolio-conversion: a field that the unit fills with folio pages too
   holds one or the other at run time: a load of it is not a finding. */
/* { dg-do compile } */
#include <linux/vmalloc.h>

struct slot {
	struct page *page;
};

void fill_vmalloc(struct slot *s, void *addr)
{
	s->page = vmalloc_to_page(addr);
}

void fill_folio(struct slot *s, struct folio *folio)
{
	s->page = &folio->page;
}

void pin(struct slot *s)
{
	get_page(s->page); /* { dg-bogus "converted" } */
}
