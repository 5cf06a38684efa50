/* Mock: compiler attributes, READ_ONCE/WRITE_ONCE and container_of. */
#ifndef MOCK_LINUX_COMPILER_H
#define MOCK_LINUX_COMPILER_H

#include <linux/types.h>

#define __always_inline inline __attribute__((__always_inline__))
#define noinline __attribute__((__noinline__))

/* Like 6.12: strip qualifiers with _Generic, then a volatile access. */
#define __unqual_scalar_typeof(x) typeof(				\
	_Generic((x),							\
		 char: (char)0,						\
		 unsigned char: (unsigned char)0,			\
		 int: (int)0,						\
		 unsigned int: (unsigned int)0,				\
		 long: (long)0,						\
		 unsigned long: (unsigned long)0,			\
		 default: (x)))

#define compiletime_assert_rwonce_type(t)				\
	_Static_assert(sizeof(t) <= sizeof(long long), "word-sized")

#define __READ_ONCE(x)	(*(const volatile __unqual_scalar_typeof(x) *)&(x))
#define READ_ONCE(x)							\
({									\
	compiletime_assert_rwonce_type(x);				\
	__READ_ONCE(x);							\
})

#define __WRITE_ONCE(x, val)						\
do {									\
	*(volatile typeof(x) *)&(x) = (val);				\
} while (0)
#define WRITE_ONCE(x, val)						\
do {									\
	compiletime_assert_rwonce_type(x);				\
	__WRITE_ONCE(x, val);						\
} while (0)

#define offsetof(TYPE, MEMBER)	__builtin_offsetof(TYPE, MEMBER)
#define container_of(ptr, type, member) ({				\
	void *__mptr = (void *)(ptr);					\
	((type *)(__mptr - offsetof(type, member))); })

#define sizeof_field(TYPE, MEMBER) sizeof((((TYPE *)0)->MEMBER))

#endif
