/* page-member: catching folded references prints no deprecation warning
   of GCC's own, so -Werror (the kernel's CONFIG_WERROR) still passes. */
/* { dg-do compile } */
/* { dg-options "-Werror" } */
/* { fc-exit-status 0 } */
#include <linux/mm.h>

unsigned long in_sizeof(struct page *p)
{
	return sizeof(p->index); /* { dg-warning "member 'index' named in sizeof" } */
}
