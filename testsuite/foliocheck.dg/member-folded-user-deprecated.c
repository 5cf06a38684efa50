/* page-member: a member the source deprecates itself keeps GCC's warning
   (with -Werror its error); only foliocheck's own marks are silent. */
/* { dg-do compile } */
/* { dg-options "-Werror=deprecated-declarations" } */
/* { fc-exit-status 1 } */
/* { dg-message "some warnings being treated as errors" "" { target *-*-* } 0 } */
#include <linux/mm.h>

struct old_api {
	int count __attribute__((deprecated("use new_count"))); /* { dg-message "declared here" } */
	int new_count;
};

int uses_old(struct old_api *o)
{
	return o->count; /* { dg-error "'count' is deprecated: use new_count" } */
}

unsigned long in_sizeof(struct page *p)
{
	return sizeof(p->index); /* { dg-warning "member 'index' named in sizeof" } */
}
