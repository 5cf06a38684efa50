/* page-member: allow entries apply to folded references as to others:
   the kernel's FOLIO_MATCH layout assertions, and an allowed accessor
   macro inside VM_BUG_ON() (page_private() in 6.12), are allowed by macro. */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-foliocheck-annotations=@SRCDIR@/annotations/folded-allow.annot -fplugin-arg-foliocheck-report=member-folded-allow.json" } */
#include <linux/mm.h>
#include <linux/mmdebug.h>

#define LAYOUT_CHECK(m)	_Static_assert(offsetof(struct page, m) < 64, #m)
#define my_page_index(p)	((p)->index)
#define NO_INDEX	0

LAYOUT_CHECK(index); /* { dg-bogus "member" } */

_Static_assert(offsetof(struct page, lru) < 64, "lru"); /* { dg-warning "member 'lru' named in sizeof" } { dg-message "expansion: offsetof" } */

void accessor_in_assertion(struct page *p)
{
	VM_BUG_ON(my_page_index(p) != NO_INDEX); /* { dg-bogus "member" } */
}

void written_out_in_assertion(struct page *p)
{
	VM_BUG_ON(p->index != NO_INDEX); /* { dg-warning "member 'index' named in sizeof" } */
}

/* { dg-final { fc-json-count "member-folded-allow.json" 2 } } */
/* { dg-final { fc-json-allowed "member-folded-allow.json" 5 1 } } */
/* { dg-final { fc-json-allowed "member-folded-allow.json" 6 1 } } */
