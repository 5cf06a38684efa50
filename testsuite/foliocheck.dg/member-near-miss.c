/* page-member: same-named members of other structs, and members of
   struct page that no stage slates, are never reported. */
/* { dg-do compile } */
#include <linux/mm.h>

struct foo_page {		/* a driver's own struct */
	unsigned long flags;
	void *mapping;
	struct list_head lru;
	unsigned long index;
};

pgoff_t folio_index_use(struct folio *folio)
{
	return folio->index; /* { dg-bogus "member" } */
}

void folio_lru(struct folio *folio, struct list_head *head)
{
	list_add(&folio->lru, head); /* { dg-bogus "member" } */
	folio->mapping = NULL; /* { dg-bogus "member" } */
}

void slab_list(struct slab *slab, struct list_head *head)
{
	list_add(&slab->slab_list, head); /* { dg-bogus "member" } */
}

pgoff_t ptdesc_index(struct ptdesc *pt)
{
	return pt->pt_index; /* { dg-bogus "member" } */
}

void *driver(struct foo_page *fp)
{
	fp->index++; /* { dg-bogus "member" } */
	list_add(&fp->lru, NULL); /* { dg-bogus "member" } */
	return fp->mapping; /* { dg-bogus "member" } */
}

unsigned long unlisted(struct page *p)
{
	return p->flags + p->compound_head + p->page_type; /* { dg-bogus "member" } */
}

unsigned long via_page_flags(struct page *p)
{
	return PageLRU(p) + PageLocked(p); /* { dg-bogus "member" } */
}

unsigned long folio_counts(struct folio *folio)
{
	return folio->_mapcount.counter + folio->_refcount.counter + folio->memcg_data; /* { dg-bogus "member" } */
}
