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
 * Deprecation warnings caught before GCC prints or counts them
 * (gcc-compat.cc: GCC 12 and GCC 11 need different ways in).  FN is called
 * for each -Wdeprecated-declarations warning about a declaration, with the
 * declaration and the warning's location; when it returns true, GCC
 * prints nothing, counts nothing (-Werror and -Wfatal-errors see nothing)
 * and adds no "declared here" note.  Returns false when this compiler's
 * diagnostic context offers no way in.  One catcher per compile.
 */
typedef bool (*fc_deprecation_fn)(tree decl, location_t loc);

bool fc_catch_deprecations(fc_deprecation_fn fn);

/*
 * Every deprecation warning raised while FNDECL (NULL_TREE: file scope)
 * was parsed reached the catcher: false under -w, and, with GCC 11, in a
 * system header or after a pragma ignoring -Wdeprecated-declarations,
 * where GCC drops a warning before a plugin can see it.
 */
bool fc_deprecations_complete(tree fndecl);

#endif /* FOLIOCHECK_GCC_COMPAT_H */
