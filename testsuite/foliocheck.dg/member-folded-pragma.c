/* page-member: where a pragma ignores -Wdeprecated-declarations, the walk
   still finds what it can; GCC 12 shows the front end's references there
   too, GCC 11 drops them before any plugin can see them. */
/* { dg-do compile } */
#include <linux/mm.h>

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
unsigned long ignored(struct page *p)
{
	return p->index + sizeof(p->lru); /* { dg-warning "direct read of 'struct page' member 'index'" } { dg-warning "member 'lru' named in sizeof" "" { target fc_front_end_sees_all } } */
}
#pragma GCC diagnostic pop

unsigned long after(struct page *p)
{
	return sizeof(p->private); /* { dg-warning "member 'private' named in sizeof" } */
}
