/* nonfolio-conversion: a page stored into a struct field keeps its kind
   when another function of the unit loads it back from that field of that
   struct type, through anonymous unions and in arrays of pages. */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-foliocheck-report=nonfolio-field.json -fplugin-arg-foliocheck-checks=nonfolio-conversion" } */
#include <linux/vmalloc.h>

struct buffer {
	union {
		struct page *page;
		unsigned long raw;
	};
	struct page *pages[4];
	int nr;
};

struct other {
	struct page *page;
};

void fill(struct buffer *b, void *addr)
{
	b->page = vmalloc_to_page(addr);
	b->pages[b->nr++] = vmalloc_to_page(addr + 4096);
}

void pin(struct buffer *b)
{
	get_page(b->page); /* { dg-warning "vmalloc page converted to a folio by 'get_page'" } */ /* { dg-message "note: page comes from 'buffer.page' here \\\(it holds a page from 'vmalloc_to_page'\\\)" } */
}

bool tail_anon(struct buffer *b)
{
	return PageAnon(b->pages[b->nr - 1]); /* { dg-warning "vmalloc page converted to a folio by 'PageAnon'" } */ /* { dg-message "note: page comes from 'buffer.pages' here" } */
}

/* The same field name in another struct holds other memory. */
void other(struct other *o)
{
	get_page(o->page); /* { dg-bogus "converted" } */
}

/* { dg-final { fc-json-count "nonfolio-field.json" 2 } } */
/* { dg-final { fc-json-finding "nonfolio-field.json" {sink get_page function pin source.what buffer.page origin.what vmalloc_to_page origin.line 23} } } */
