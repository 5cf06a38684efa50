/* page-member: a folded reference caught under -Werror -Wfatal-errors is
   no error and does not stop the compile: the direct read after it is
   still reported (GCC 11 counts the caught warning before a plugin can
   see it; the count is taken back). */
/* { dg-do compile } */
/* { dg-options "-Werror -Wfatal-errors" } */
/* { fc-exit-status 0 } */
#include <linux/mm.h>

unsigned long in_sizeof(struct page *p)
{
	return sizeof(p->index); /* { dg-warning "member 'index' named in sizeof" } */
}

unsigned long read_after(struct page *p)
{
	return p->index; /* { dg-warning "direct read of 'struct page' member 'index'" } */
}
