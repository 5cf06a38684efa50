/* Mock: struct page after the renames of mainline (2025): index is
 * spelled __folio_index and mapping __folio_mapping, so that new users
 * break the build, and flags is a memdesc_flags_t struct (->flags.f).
 * The rest of the layout is the 6.12 mock's. */
#ifndef MOCK_LINUX_MM_TYPES_H
#define MOCK_LINUX_MM_TYPES_H

#include <linux/types.h>

/* Tests that compile under both layouts test this. */
#define MOCK_RENAMED_LAYOUT	1

typedef struct {
	unsigned long f;
} memdesc_flags_t;

typedef memdesc_flags_t mock_flags_t;
#define mock_flags_word(p)	((p)->flags.f)

struct address_space;
struct kmem_cache;
struct mm_struct;
struct dev_pagemap;
struct page_pool;

struct page {
	memdesc_flags_t flags;
	union {
		struct {	/* page cache and anonymous pages */
			union {
				struct list_head lru;
				struct {
					void *__filler;
					unsigned int mlock_count;
				};
				struct list_head buddy_list;
				struct list_head pcp_list;
			};
			struct address_space *__folio_mapping;
			union {
				pgoff_t __folio_index;
				unsigned long share;
			};
			unsigned long private;
		};
		struct {	/* page_pool */
			unsigned long pp_magic;
			struct page_pool *pp;
			unsigned long _pp_mapping_pad;
			unsigned long dma_addr;
			atomic_t pp_ref_count;
		};
		struct {	/* tail pages of compound pages */
			unsigned long compound_head;
		};
		struct {	/* ZONE_DEVICE */
			struct dev_pagemap *pgmap;
			void *zone_device_data;
		};
		struct rcu_head rcu_head;
	};
	union {
		unsigned int page_type;
		atomic_t _mapcount;
	};
	atomic_t _refcount;
	unsigned long memcg_data;
};

#include <linux/mm_descs.h>

#endif
