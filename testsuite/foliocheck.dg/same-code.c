/* The plugin changes no code, data or debug information, folded
   references (whose fields it marks deprecated) included. */
/* { dg-do compile } */
#include <linux/mm.h>
#include <linux/mmdebug.h>

struct page *first(struct list_head *l)
{
	return list_first_entry(l, struct page, lru); /* { dg-warning "member 'lru' named in sizeof" } { dg-message "expansion: list_first_entry" } */
}

unsigned long index_of(struct page *p)
{
	VM_BUG_ON(p->mapping == 0); /* { dg-warning "member 'mapping' named in sizeof" } */
	return p->index + sizeof(p->private); /* { dg-warning "direct read of 'struct page' member 'index'" } { dg-warning "member 'private' named in sizeof" } */
}

/* { dg-final { fc-same-code [lindex $args 0] {-O2 -g} } } */
/* { dg-final { fc-same-code [lindex $args 0] {-O0 -g -gdwarf-5} } } */
/* { dg-final { fc-same-code [lindex $args 0] {-Os -g -gdwarf-4} } } */
