/* Mock: doubly linked lists with the 6.12 macro shapes. */
#ifndef MOCK_LINUX_LIST_H
#define MOCK_LINUX_LIST_H

#include <linux/compiler.h>

#define LIST_HEAD_INIT(name) { &(name), &(name) }
#define LIST_HEAD(name) struct list_head name = LIST_HEAD_INIT(name)

void list_add(struct list_head *entry, struct list_head *head);
void list_add_tail(struct list_head *entry, struct list_head *head);
void list_del(struct list_head *entry);

static inline int list_empty(const struct list_head *head)
{
	return READ_ONCE(head->next) == head;
}

#define list_entry(ptr, type, member) container_of(ptr, type, member)
#define list_first_entry(ptr, type, member) \
	list_entry((ptr)->next, type, member)
#define list_next_entry(pos, member) \
	list_entry((pos)->member.next, typeof(*(pos)), member)
#define list_entry_is_head(pos, head, member) \
	(&pos->member == (head))
#define list_for_each_entry(pos, head, member)				\
	for (pos = list_first_entry(head, typeof(*pos), member);	\
	     !list_entry_is_head(pos, head, member);			\
	     pos = list_next_entry(pos, member))

#endif
