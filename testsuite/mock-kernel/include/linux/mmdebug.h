/*
 * Mock: the mm debug assertions as a !CONFIG_DEBUG_VM build has them, where
 * the condition is only type-checked inside sizeof and never evaluated.
 */
#ifndef MOCK_LINUX_MMDEBUG_H
#define MOCK_LINUX_MMDEBUG_H

#define BUILD_BUG_ON_INVALID(e)	((void)(sizeof((long)(e))))

#define VM_BUG_ON(cond)			BUILD_BUG_ON_INVALID(cond)
#define VM_BUG_ON_PAGE(cond, page)	BUILD_BUG_ON_INVALID(cond)
#define VM_WARN_ON(cond)		BUILD_BUG_ON_INVALID(cond)

#endif
