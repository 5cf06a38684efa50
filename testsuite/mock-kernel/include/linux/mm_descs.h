/* Mock: the memory descriptors that overlay struct page's first words
 * (folio, ptdesc, slab), shared by the 6.12 and the renamed layouts; a
 * layout's mm_types.h defines mock_flags_t (the type of flags) first. */
#ifndef MOCK_LINUX_MM_DESCS_H
#define MOCK_LINUX_MM_DESCS_H

struct folio {
	union {
		struct {
			mock_flags_t flags;
			union {
				struct list_head lru;
				struct {
					void *__filler;
					unsigned int mlock_count;
				};
			};
			struct address_space *mapping;
			pgoff_t index;
			union {
				void *private;
			};
			atomic_t _mapcount;
			atomic_t _refcount;
			unsigned long memcg_data;
		};
		struct page page;
	};
	union {
		struct {
			unsigned long _flags_1;
			unsigned long _head_1;
			atomic_t _large_mapcount;
			atomic_t _entire_mapcount;
			atomic_t _nr_pages_mapped;
			atomic_t _pincount;
		};
		struct page __page_1;
	};
};

struct ptdesc {
	unsigned long __page_flags;
	union {
		struct rcu_head pt_rcu_head;
		struct list_head pt_list;
		struct {
			unsigned long _pt_pad_1;
			void *pmd_huge_pte;
		};
	};
	unsigned long __page_mapping;
	union {
		pgoff_t pt_index;
		struct mm_struct *pt_mm;
		atomic_t pt_frag_refcount;
	};
	union {
		unsigned long _pt_pad_2;
		unsigned long ptl;
	};
	unsigned int __page_type;
	atomic_t __page_refcount;
	unsigned long pt_memcg_data;
};

struct slab {
	unsigned long __page_flags;
	struct kmem_cache *slab_cache;
	union {
		struct {
			union {
				struct list_head slab_list;
				struct {
					struct slab *next;
					int slabs;
				};
			};
			void *freelist;
			unsigned long counters;
		};
		struct rcu_head rcu_head;
	};
	unsigned int __page_type;
	atomic_t __page_refcount;
	unsigned long obj_exts;
};

#endif
