// SPDX-License-Identifier: GPL-3.0-or-later
/*
 * xasprintf.c - a formatted string, allocated; running out of memory
 * is not a state either tool can report from.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

#include "xasprintf.h"

char *xasprintf(const char *fmt, ...)
{
	va_list ap;
	char *s;

	va_start(ap, fmt);
	if (vasprintf(&s, fmt, ap) < 0)
		abort();
	va_end(ap);
	return s;
}
