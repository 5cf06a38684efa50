/* nonfolio-conversion: a function other units call may get objects of a
   header's struct that other units filled, with other memory: its loads
   of the struct's fields are not judged by what this unit stores.  The
   unit's own static functions and its own structs are. */
/* { dg-do compile } */
#include "field-shared.h"

struct local_buf {
	struct page *page;
};

void fill(struct shared_buf *s, struct local_buf *l, void *addr)
{
	s->page = vmalloc_to_page(addr);
	l->page = vmalloc_to_page(addr);
}

void shared_release(struct shared_buf *s)
{
	put_page(s->page); /* { dg-bogus "converted" } */
}

static void shared_release_here(struct shared_buf *s)
{
	put_page(s->page); /* { dg-warning "vmalloc page converted to a folio by 'put_page'" } */ /* { dg-message "note: page comes from 'shared_buf.page' here" } */
}

void (*release_op)(struct shared_buf *s) = shared_release_here;

void local_release(struct local_buf *l)
{
	put_page(l->page); /* { dg-warning "vmalloc page converted to a folio by 'put_page'" } */ /* { dg-message "note: page comes from 'local_buf.page' here" } */
}
