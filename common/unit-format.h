/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * unit-format.h - what the plugin writes and foliocheck-report reads,
 * defined once for both: the unit document's tool name and schema, the
 * object section that carries it, the build report's tool name and schema
 * (the plugin reads build reports as summaries and baselines), the
 * baseline fingerprint list, and what a fingerprint is.
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

#include <stddef.h>
#include <stdint.h>
#ifndef __cplusplus
#include <stdbool.h>
#endif

/* The LEN characters at S as a fingerprint: 16 lowercase hex digits. */
static inline bool fc_parse_fingerprint(const char *s, size_t len, uint64_t *v)
{
	*v = 0;
	if (len != FC_FINGERPRINT_DIGITS)
		return false;
	for (size_t i = 0; i < len; i++) {
		int d = s[i] >= '0' && s[i] <= '9' ? s[i] - '0' :
			s[i] >= 'a' && s[i] <= 'f' ? s[i] - 'a' + 10 : -1;

		if (d < 0)
			return false;
		*v = *v << 4 | (uint64_t)d;
	}
	return true;
}

#endif /* FOLIOCHECK_UNIT_FORMAT_H */
