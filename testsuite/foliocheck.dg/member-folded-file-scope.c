/* page-member: references outside any function (static assertions,
   initialisers of file-scope objects) are reported at <toplevel>. */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-foliocheck-report=member-folded-file-scope.json" } */
#include <linux/mm.h>

_Static_assert(offsetof(struct page, index) > 0, "index after flags"); /* { dg-warning "member 'index' named in sizeof" "" { target fc_front_end } } { dg-message "expansion: offsetof" "" { target fc_front_end } } */

const unsigned long lru_offset = offsetof(struct page, lru); /* { dg-warning "member 'lru' named in sizeof" "" { target fc_front_end } } { dg-message "expansion: offsetof" "" { target fc_front_end } } */

int in_function(struct page *p)
{
	return sizeof(p->private); /* { dg-warning "member 'private' named in sizeof" "" { target fc_front_end } } */
}

/* { dg-final { fc-json-count "member-folded-file-scope.json" [fc-front-end 3 0] } } */
/* { dg-final { if {[fc-front-end-supported]} { fc-json-finding "member-folded-file-scope.json" {member index access folded line 7 function <toplevel> macros {offsetof}} } } } */
/* { dg-final { if {[fc-front-end-supported]} { fc-json-finding "member-folded-file-scope.json" {member lru access folded line 9 function <toplevel>} } } } */
/* { dg-final { if {[fc-front-end-supported]} { fc-json-finding "member-folded-file-scope.json" {member private access folded line 13 function in_function macros {}} } } } */
