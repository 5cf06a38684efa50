/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * gcc-compat.h - every GCC include and every GCC version shim of foliocheck.
 *
 * Check code includes this file and nothing from GCC directly, so no check
 * ever tests a GCC version.  The include order matters and changes between
 * GCC majors (ssa-iterators.h needs tree-ssa-operands.h and gimple-ssa.h
 * first); keep it here and nowhere else.
 */
#ifndef FOLIOCHECK_GCC_COMPAT_H
#define FOLIOCHECK_GCC_COMPAT_H

#include "gcc-plugin.h"
/*
 * GCCPLUGIN_VERSION_MAJOR, for the shims below.  The header also defines
 * static data (gcc_version) that only foliocheck.cc uses.
 */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wunused-variable"
#include "plugin-version.h"
#pragma GCC diagnostic pop
#include "config.h"
#include "system.h"
#include "coretypes.h"
#include "tm.h"
#include "line-map.h"
#include "cpplib.h"
#include "input.h"
#include "tree.h"
#include "tree-core.h"
#include "stringpool.h"
#include "diagnostic.h"
#include "diagnostic-core.h"
#include "intl.h"
#include "options.h"
#include "opts.h"
#include "flags.h"
#include "toplev.h"
#include "function.h"
#include "basic-block.h"
#include "tree-pass.h"
#include "context.h"
#include "gimple.h"
#include "gimple-iterator.h"
#include "gimple-ssa.h"
#include "tree-phinodes.h"
#include "tree-ssa-operands.h"
#include "ssa-iterators.h"
#include "cgraph.h"
#include "hash-map.h"
#include "hash-set.h"
#include "langhooks.h"
#include "output.h"
#include "print-tree.h"

/*
 * GCC promotes every DK_WARNING to an error when -Werror is in effect, and a
 * plugin cannot register a -W option of its own to exempt its warnings.  The
 * flag lives in the diagnostic context on GCC 11 and 12.
 */
static inline bool fc_warnings_are_errors(void)
{
	return global_dc->warning_as_error_requested;
}

static inline void fc_set_warnings_are_errors(bool on)
{
	global_dc->warning_as_error_requested = on;
}

/*
 * The object file's path without its suffix ("dir/y" for -c x.c -o dir/y.o).
 * GCC 11 and 12 hand cc1 -dumpdir dir/ -dumpbase y.c -dumpbase-ext .c and
 * leave aux_base_name unset; without -o the base is the source's name.
 * The caller frees the result.
 */
static inline char *fc_object_base(void)
{
	const char *base = dump_base_name ? dump_base_name : main_input_filename;
	const char *dir = dump_base_name_prefixed || !dump_dir_name ? "" : dump_dir_name;
	size_t n = strlen(base);
	char *stem, *object;

	if (dump_base_ext && n > strlen(dump_base_ext) &&
	    !strcmp(base + n - strlen(dump_base_ext), dump_base_ext))
		n -= strlen(dump_base_ext);
	stem = xstrndup(base, n);
	object = concat(dir, stem, NULL);
	free(stem);
	return object;
}

/*
 * See every diagnostic before GCC asks whether its option is enabled, with
 * the diagnostic (format and arguments) in hand.  GCC 12 first calls
 * set_locations_cb, for the inlining context, from that one place; PEEK
 * replaces it and must call *PREV.  GCC 11 asks option_enabled first and
 * passes only the option, so there is no such point: returns false.
 */
typedef void (*fc_diagnostic_peek_fn)(diagnostic_context *, diagnostic_info *);

static inline bool fc_peek_diagnostics(fc_diagnostic_peek_fn peek,
				       fc_diagnostic_peek_fn *prev)
{
#if GCCPLUGIN_VERSION_MAJOR >= 12
	if (!global_dc->set_locations_cb)
		return false;
	*prev = global_dc->set_locations_cb;
	global_dc->set_locations_cb = peek;
	return true;
#else
	return false;
#endif
}

#endif /* FOLIOCHECK_GCC_COMPAT_H */
