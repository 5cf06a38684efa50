/* page-member: allow entries apply to folded references as to others
   (the kernel's FOLIO_MATCH layout assertions are allowed by macro). */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-foliocheck-annotations=@SRCDIR@/annotations/folded-allow.annot -fplugin-arg-foliocheck-report=member-folded-allow.json" } */
#include <linux/mm.h>

#define LAYOUT_CHECK(m)	_Static_assert(offsetof(struct page, m) < 64, #m)

LAYOUT_CHECK(index); /* { dg-bogus "member" } */

_Static_assert(offsetof(struct page, lru) < 64, "lru"); /* { dg-warning "member 'lru' named in sizeof" "" { target fc_front_end } } { dg-message "expansion: offsetof" "" { target fc_front_end } } */

/* { dg-final { fc-json-count "member-folded-allow.json" [fc-front-end 1 0] } } */
/* { dg-final { fc-json-allowed "member-folded-allow.json" 5 [fc-front-end 1 0] } } */
