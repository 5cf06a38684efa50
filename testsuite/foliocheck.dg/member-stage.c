/* page-member: stage=memcg-2024 slates memcg_data and, by inclusion,
   index; mapping (a later step) and private (goal b only) stay silent. */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-foliocheck-stage=memcg-2024" } */
#include <linux/mm.h>

unsigned long f(struct page *p)
{
	unsigned long x = p->memcg_data; /* { dg-warning "member 'memcg_data'" } */

	x += p->index; /* { dg-warning "member 'index'" } */
	x += (unsigned long)p->mapping; /* { dg-bogus "member" } */
	return x + p->private; /* { dg-bogus "member" } */
}
