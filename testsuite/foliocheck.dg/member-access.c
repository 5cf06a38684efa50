/* page-member: the access kind of each reference. */
/* { dg-do compile } */
#include <linux/mm.h>

void write(struct page *p)
{
	p->mapping = NULL; /* { dg-warning "direct write of 'struct page' member 'mapping'" } */
}

void compound(struct page *p)
{
	p->index += 2; /* { dg-warning "direct read and write of 'struct page' member 'index'" } */
}

void increment(struct page *p)
{
	p->private++; /* { dg-warning "direct read and write of 'struct page' member 'private'" } */
}

void read_and_write_apart(struct page *p, struct page *q)
{
	p->index = q->index; /* { dg-warning "direct write of 'struct page' member 'index'" } */ /* { dg-warning "direct read of 'struct page' member 'index'" } */
}

/* An address that is only dereferenced is the access it performs. */
struct address_space *read_once(struct page *p)
{
	return READ_ONCE(p->mapping); /* { dg-warning "direct read of 'struct page' member 'mapping'" } */ /* { dg-message "note: 'mapping' is named inside macro expansion: READ_ONCE -> __READ_ONCE" } */
}

void write_once(struct page *p)
{
	WRITE_ONCE(p->index, 0); /* { dg-warning "direct write of 'struct page' member 'index'" } */ /* { dg-message "note: 'index' is named inside macro expansion: WRITE_ONCE -> __WRITE_ONCE" } */
}

struct list_head *address_kept(struct page *p)
{
	struct list_head *l = &p->lru; /* { dg-warning "address of 'struct page' member 'lru' taken" } */

	return l;
}

void initialiser(struct page *p, unsigned long *out)
{
	unsigned long priv = p->private; /* { dg-warning "direct read of 'struct page' member 'private'" } */

	*out = priv;
}
