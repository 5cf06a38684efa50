/* Mock: vmalloc areas and vmalloc_to_page(). */
#ifndef MOCK_LINUX_VMALLOC_H
#define MOCK_LINUX_VMALLOC_H

#include <linux/mm.h>

struct vm_struct {
	struct vm_struct *next;
	void *addr;
	unsigned long size;
	struct page **pages;
	unsigned int nr_pages;
};

void *vmalloc(unsigned long size);
void vfree(const void *addr);
struct page *vmalloc_to_page(const void *addr);
struct vm_struct *find_vm_area(const void *addr);

#endif
