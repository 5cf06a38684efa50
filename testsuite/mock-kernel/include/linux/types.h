/* Mock kernel header for the foliocheck testsuite: written from scratch,
 * reproducing only the shapes the compiler sees in Linux 6.12. */
#ifndef MOCK_LINUX_TYPES_H
#define MOCK_LINUX_TYPES_H

typedef _Bool bool;
#define true 1
#define false 0
#define NULL ((void *)0)

typedef unsigned long size_t;
typedef unsigned long pgoff_t;
typedef unsigned long long u64;
typedef unsigned int gfp_t;

typedef struct { int counter; } atomic_t;

struct list_head {
	struct list_head *next, *prev;
};

struct rcu_head {
	struct rcu_head *next;
	void (*func)(struct rcu_head *head);
};

#endif
