/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * unit-format.h - what the plugin writes and foliocheck-report reads,
 * defined once for both: the unit document's tool name and schema, and
 * the object section that carries it.
 */
#ifndef FOLIOCHECK_UNIT_FORMAT_H
#define FOLIOCHECK_UNIT_FORMAT_H

#define FC_TOOL_NAME	"foliocheck"
#define FC_SECTION_NAME	".discard.foliocheck"	/* findings inside the object */
#define FC_UNIT_SCHEMA	1			/* the per-unit document */

#endif /* FOLIOCHECK_UNIT_FORMAT_H */
