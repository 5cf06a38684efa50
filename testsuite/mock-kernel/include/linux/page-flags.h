/* Mock: compound_head, page_folio() and the PAGEFLAG families. */
#ifndef MOCK_LINUX_PAGE_FLAGS_H
#define MOCK_LINUX_PAGE_FLAGS_H

#include <linux/compiler.h>
#include <linux/mm_types.h>

enum pageflags {
	PG_locked,
	PG_referenced,
	PG_uptodate,
	PG_lru,
	PG_head,
	PG_swapbacked,
};

#define PAGE_MAPPING_ANON	0x1
#define PAGE_MAPPING_MOVABLE	0x2
#define PAGE_MAPPING_FLAGS	(PAGE_MAPPING_ANON | PAGE_MAPPING_MOVABLE)

int test_bit(int nr, const volatile unsigned long *addr);

static __always_inline unsigned long _compound_head(const struct page *page)
{
	unsigned long head = READ_ONCE(page->compound_head);

	if (head & 1)
		return head - 1;
	return (unsigned long)page;
}

#define compound_head(page)	((typeof(page))_compound_head(page))

#define page_folio(p)		(_Generic((p),				\
	const struct page *:	(const struct folio *)_compound_head(p), \
	struct page *:		(struct folio *)_compound_head(p)))

#define folio_page(folio, n)	(&(folio)->page + (n))

static inline unsigned long *folio_flags(struct folio *folio, unsigned n)
{
	struct page *page = &folio->page;

	return &mock_flags_word(&page[n]);
}

/* Which page of a compound page carries the flag. */
#define PF_ANY(page, enforce)		(page)
#define PF_HEAD(page, enforce)		compound_head(page)
#define PF_NO_TAIL(page, enforce)	compound_head(page)

#define FOLIO_TEST_FLAG(name, page)					\
static __always_inline bool folio_test_##name(struct folio *folio)	\
{ return test_bit(PG_##name, folio_flags(folio, page)); }

#define TESTPAGEFLAG(uname, lname, policy)				\
FOLIO_TEST_FLAG(lname, 0)						\
static __always_inline int Page##uname(struct page *page)		\
{ return test_bit(PG_##lname, &mock_flags_word(policy(page, 0))); }

#define PAGEFLAG(uname, lname, policy) TESTPAGEFLAG(uname, lname, policy)

PAGEFLAG(Locked, locked, PF_NO_TAIL)
PAGEFLAG(Referenced, referenced, PF_HEAD)
PAGEFLAG(LRU, lru, PF_HEAD)
PAGEFLAG(SwapBacked, swapbacked, PF_NO_TAIL)

static __always_inline bool folio_test_anon(const struct folio *folio)
{
	return ((unsigned long)folio->mapping & PAGE_MAPPING_ANON) != 0;
}

static __always_inline bool PageAnon(const struct page *page)
{
	return folio_test_anon(page_folio(page));
}

/* Page types live in page_type; the test is page level, no folio. */
#define PGTY_table	0xf2
static inline bool PageTable(const struct page *page)
{
	return (page->page_type >> 24) == PGTY_table;
}

#endif
