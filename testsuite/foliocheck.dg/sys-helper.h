/* A header that makes itself a system header, as -isystem would. */
#pragma GCC system_header

static inline unsigned long sys_helper(struct page *p)
{
	return p->index + sizeof(p->private);
}
