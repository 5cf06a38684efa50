/* Mock: the parts of <linux/mm.h> the tests use. */
#ifndef MOCK_LINUX_MM_H
#define MOCK_LINUX_MM_H

#include <linux/kconfig.h>
#include <linux/list.h>
#include <linux/page-flags.h>

#define _Generic_ptdesc(p, T)	_Generic((p),				\
	const struct T *:	(const struct page *)(p),		\
	struct T *:		(struct page *)(p))
#define ptdesc_page(pt)		_Generic_ptdesc(pt, ptdesc)
#define ptdesc_folio(pt)	(_Generic((pt),				\
	const struct ptdesc *:	(const struct folio *)(pt),		\
	struct ptdesc *:	(struct folio *)(pt)))
#define page_ptdesc(p)		((struct ptdesc *)(p))

/* A macro in 6.12: the use is reported where page_private() is written. */
#define page_private(page)	((page)->private)

/* 6.12 core mm converts its own ptdesc to a folio on purpose. */
static inline bool pagetable_pte_ctor(struct ptdesc *ptdesc)
{
	struct folio *folio = ptdesc_folio(ptdesc);

	return folio != NULL;
}

struct page *alloc_pages(gfp_t gfp, unsigned int order);
void put_page(struct page *page);
void folio_put(struct folio *folio);

#endif
