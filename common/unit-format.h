/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * unit-format.h - what the plugin writes and foliocheck-report reads,
 * defined once for both: the unit document's tool name and schema, the
 * object section that carries it, the build report's tool name and schema
 * (the plugin reads build reports as summaries and baselines), and the
 * baseline fingerprint list.
 */
#ifndef FOLIOCHECK_UNIT_FORMAT_H
#define FOLIOCHECK_UNIT_FORMAT_H

#define FC_TOOL_NAME	"foliocheck"
#define FC_SECTION_NAME	".discard.foliocheck"	/* findings inside the object */
#define FC_UNIT_SCHEMA	1			/* the per-unit document */
#define FC_REPORT_TOOL_NAME	"foliocheck-report"
#define FC_BUILD_SCHEMA	1			/* foliocheck-report's build report */
/* "foliocheck-report baseline": this line, then sorted fingerprints. */
#define FC_BASELINE_MAGIC	"foliocheck-baseline 1\n"
#define FC_FINGERPRINT_DIGITS	16

#endif /* FOLIOCHECK_UNIT_FORMAT_H */
