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
#ifdef FC_PLUGIN_ENTRY
/* Defines gcc_version, a static object: only the entry file wants it. */
#include "plugin-version.h"
#endif
#include "config.h"
#include "system.h"
#include "coretypes.h"
#include "tm.h"
#include "line-map.h"
#include "input.h"
#include "tree.h"
#include "tree-core.h"
#include "stringpool.h"
#include "diagnostic.h"
#include "diagnostic-core.h"
#include "intl.h"
#include "options.h"
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
#include "print-tree.h"
#include "version.h"

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

#endif /* FOLIOCHECK_GCC_COMPAT_H */
