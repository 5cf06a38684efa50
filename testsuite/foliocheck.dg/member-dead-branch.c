/* page-member: code under a compile-time-dead branch is still reported
   (the optimisers delete it before any GIMPLE pass at -O2). */
/* { dg-do compile } */
#include <linux/mm.h>

/* CONFIG_FOO is not set. */

void dead(struct page *p)
{
	if (IS_ENABLED(CONFIG_FOO))
		p->index = 1; /* { dg-warning "direct write of 'struct page' member 'index'" } */
}

unsigned long dead_return(struct page *p)
{
	if (0)
		return p->memcg_data; /* { dg-warning "direct read of 'struct page' member 'memcg_data'" } */
	return 0;
}
