/* page-member: references outside any function (static assertions,
   initialisers of file-scope objects) are reported at <toplevel>. */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-foliocheck-report=member-folded-file-scope.json" } */
#include <linux/mm.h>

_Static_assert(offsetof(struct page, index) > 0, "index after flags"); /* { dg-warning "member 'index' named in sizeof" } { dg-message "expansion: offsetof" } */

const unsigned long lru_offset = offsetof(struct page, lru); /* { dg-warning "member 'lru' named in sizeof" } { dg-message "expansion: offsetof" } */

int in_function(struct page *p)
{
	return sizeof(p->private); /* { dg-warning "member 'private' named in sizeof" } */
}

/* { dg-final { fc-json-count "member-folded-file-scope.json" 3 } } */
/* { dg-final { fc-json-finding "member-folded-file-scope.json" {member index access folded line 7 function <toplevel> macros {offsetof}} } } */
/* { dg-final { fc-json-finding "member-folded-file-scope.json" {member lru access folded line 9 function <toplevel>} } } */
/* { dg-final { fc-json-finding "member-folded-file-scope.json" {member private access folded line 13 function in_function macros {}} } } */
