/* page-member: -Wno-deprecated-declarations (as a build may pass) hides
   the source's own deprecations and does not stop foliocheck seeing the
   folded references. */
/* { dg-do compile } */
/* { dg-options "-Wno-deprecated-declarations" } */
#include <linux/mm.h>

struct old_api {
	int count __attribute__((deprecated));
};

int uses_old(struct old_api *o)
{
	return o->count;
}

unsigned long in_sizeof(struct page *p)
{
	return sizeof(p->index); /* { dg-warning "member 'index' named in sizeof" } */
}
