/* page-member: a reference both the walk and the front end see is one
   finding, the walk's, even when "->" and the member's name are on
   different lines; a folded one next to a walked one is still reported. */
/* { dg-do compile } */
#include <linux/mm.h>
#include <linux/mmdebug.h>

unsigned long same_line(struct page *p)
{
	return p->index + sizeof(p->index); /* { dg-warning "direct read of 'struct page' member 'index'" } */
}

unsigned long split_line(struct page *p)
{
	return p-> /* { dg-warning "direct read of 'struct page' member 'index'" } */
		index;
}

unsigned long folded_after_walked(struct page *p)
{
	unsigned long i = p->index; /* { dg-warning "direct read of 'struct page' member 'index'" } */
	VM_BUG_ON(p->index != i); /* { dg-warning "member 'index' named in sizeof" } */
	return i;
}

unsigned long folded_before_walked(struct page *p)
{
	VM_BUG_ON(p->index == 0); /* { dg-warning "member 'index' named in sizeof" } */
	return p->index; /* { dg-warning "direct read of 'struct page' member 'index'" } */
}
