/* page-member: references the front end folds before any tree a pass
   could walk are still reported, once per line ("folded"). */
/* { dg-do compile } */
#include <linux/mm.h>
#include <linux/mmdebug.h>

unsigned long in_sizeof(struct page *p)
{
	return sizeof(p->index); /* { dg-warning "'struct page' member 'index' named in sizeof, typeof, offsetof or a folded condition" } */
}

unsigned long in_typeof(struct page *p)
{
	typeof(p->private) v = 1; /* { dg-warning "member 'private' named in sizeof" } */
	return v;
}

unsigned long in_offsetof(void)
{
	return offsetof(struct page, mapping); /* { dg-warning "member 'mapping' named in sizeof" } { dg-message "named inside macro expansion: offsetof" } */
}

struct page *in_container_of(struct list_head *l)
{
	return container_of(l, struct page, lru); /* { dg-warning "member 'lru' named in sizeof" } { dg-message "expansion: container_of" } */
}

struct page *in_list_first_entry(struct list_head *l)
{
	return list_first_entry(l, struct page, lru); /* { dg-warning "member 'lru' named in sizeof" } { dg-message "expansion: list_first_entry -> list_entry -> container_of" } */
}

unsigned long in_sizeof_field(void)
{
	return sizeof_field(struct page, memcg_data); /* { dg-warning "member 'memcg_data' named in sizeof" } { dg-message "expansion: sizeof_field" } */
}

/* !CONFIG_DEBUG_VM: the condition is only type-checked. */
void in_vm_bug_on(struct page *p)
{
	VM_BUG_ON(p->index != 0); /* { dg-warning "member 'index' named in sizeof" } */
}

void in_vm_bug_on_page(struct page *p)
{
	VM_BUG_ON_PAGE(p->_mapcount.counter != -1, p); /* { dg-warning "member '_mapcount' named in sizeof" } */
}

int in_false_and(struct page *p)
{
	return 0 && p->mapping; /* { dg-warning "member 'mapping' named in sizeof" } */
}

int in_true_or(struct page *p)
{
	return 1 || p->mapping; /* { dg-warning "member 'mapping' named in sizeof" } */
}

unsigned long in_constant_conditional(struct page *p)
{
	return 1 ? 0 : p->index; /* { dg-warning "member 'index' named in sizeof" } */
}

int in_generic(struct page *p)
{
	return _Generic(p->memcg_data, unsigned long: 1, default: 0); /* { dg-warning "member 'memcg_data' named in sizeof" } */
}

/* Several references on one line are one finding. */
unsigned long twice_on_a_line(struct page *p)
{
	return sizeof(p->index) + sizeof(p->index); /* { dg-warning "member 'index' named in sizeof" } */
}

/* A member of the same name elsewhere is not struct page's. */
struct other { unsigned long index; };

unsigned long not_struct_page(struct other *o)
{
	return sizeof(o->index) + offsetof(struct other, index);
}
