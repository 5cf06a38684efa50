/* Mock: kmalloc and the slab <-> folio casts of mm/slab.h. */
#ifndef MOCK_LINUX_SLAB_H
#define MOCK_LINUX_SLAB_H

#include <linux/mm.h>

void *kmalloc(size_t size, gfp_t flags);
void kfree(const void *p);

#define slab_folio(s)		(_Generic((s),				\
	const struct slab *:	(const struct folio *)(s),		\
	struct slab *:		(struct folio *)(s)))
#define slab_page(s)		folio_page(slab_folio(s), 0)

#endif
