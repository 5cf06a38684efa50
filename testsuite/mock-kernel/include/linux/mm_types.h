/* Mock: struct page and the overlays that share its first words (6.12
 * shapes: nested anonymous unions and structs, folio/ptdesc/slab). */
#ifndef MOCK_LINUX_MM_TYPES_H
#define MOCK_LINUX_MM_TYPES_H

#include <linux/types.h>

struct address_space;
struct kmem_cache;
struct mm_struct;
struct dev_pagemap;
struct page_pool;

/* The type of flags in struct page and struct folio, and its word. */
typedef unsigned long mock_flags_t;
#define mock_flags_word(p)	((p)->flags)

struct page {
	unsigned long flags;
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
			struct address_space *mapping;
			union {
				pgoff_t index;
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
