/* A struct other units fill too (nonfolio-field-exported.c). */
#include <linux/vmalloc.h>

struct shared_buf {
	struct page *page;
};
