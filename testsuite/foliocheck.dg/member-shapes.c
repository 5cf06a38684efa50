/* page-member: every way C reaches a member of struct page through the
   anonymous unions and structs of the 6.12 layout. */
/* { dg-do compile } */
#include <linux/mm.h>

unsigned long arrow(struct page *p)
{
	return p->index; /* { dg-warning "direct read of 'struct page' member 'index'" } */
}

unsigned long star(struct page *p)
{
	return (*p).index; /* { dg-warning "direct read of 'struct page' member 'index'" } */
}

unsigned long subscript(struct page *p, int i)
{
	return p[i].index; /* { dg-warning "direct read of 'struct page' member 'index'" } */
}

struct list_head *array_of_pointers(struct page **pages, int i)
{
	return pages[i]->lru.next; /* { dg-warning "direct read of 'struct page' member 'lru'" } */
}

void address_handed_on(struct page *p, struct list_head *head)
{
	list_add(&p->lru, head); /* { dg-warning "address of 'struct page' member 'lru' taken" } */
}

unsigned long embedded(struct folio *folio)
{
	return folio->page.index; /* { dg-warning "direct read of 'struct page' member 'index'" } */
}

unsigned long embedded_array(struct folio *folio)
{
	return (&folio->page)[1].private; /* { dg-warning "direct read of 'struct page' member 'private'" } */
}

unsigned long through_folio_page(struct folio *folio)
{
	return folio_page(folio, 2)->memcg_data; /* { dg-warning "direct read of 'struct page' member 'memcg_data'" } */
}

int counts(struct page *p)
{
	return p->_mapcount.counter + /* { dg-warning "direct read of 'struct page' member '_mapcount'" } */
	       p->_refcount.counter; /* { dg-warning "direct read of 'struct page' member '_refcount'" } */
}
