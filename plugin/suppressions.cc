/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * suppressions.cc - when a user's suppression stops suppressing.
 *
 *	-fplugin-arg-foliocheck-suppressions=FILE, FILE holding lines like
 *	allow page-member file=mm/zsmalloc.c reason="zpdesc series" until=2026-06-30
 *	allow page-api function=fb_deferred_io_work reason="..." until=6.14
 *
 * until= is a date, past which the entry suppresses nothing, or a kernel
 * version, from which on it suppresses nothing: the tree being compiled
 * says its version in include/config/kernel.release (kbuild compiles in
 * the object tree); where there is none, a version never expires.  Today
 * is SOURCE_DATE_EPOCH's day when it is set (reproducible builds), UTC.
 */
#include "foliocheck.h"
#include "../common/dates.h"

static bool parse_version(const char *s, int v[3])
{
	char *end;

	v[0] = v[1] = v[2] = 0;
	if (*s == 'v')
		s++;
	for (int i = 0; i < 3; i++) {
		if (!ISDIGIT(*s))
			return false;
		v[i] = strtol(s, &end, 10);
		s = end;
		if (*s != '.')
			return i >= 1;
		s++;
	}
	return false;
}

static int compare_versions(const int a[3], const int b[3])
{
	for (int i = 0; i < 3; i++)
		if (a[i] != b[i])
			return a[i] < b[i] ? -1 : 1;
	return 0;
}

/* The version of the kernel being compiled, when the tree says it. */
static bool tree_version(int v[3])
{
	static int known = -1;
	static int version[3];
	char buf[64] = "";
	FILE *f;

	if (known < 0) {
		f = fopen("include/config/kernel.release", "r");
		known = f && fgets(buf, sizeof(buf), f) && ISDIGIT(buf[0]);
		if (known) {
			/* "6.13.0-rc3": the digits before any suffix. */
			char *end = buf + strspn(buf, "0123456789.");

			*end = '\0';
			known = parse_version(buf, version);
		}
		if (f)
			fclose(f);
	}
	memcpy(v, version, sizeof(version));
	return known > 0;
}

static void today(char buf[11])
{
	const char *epoch = getenv("SOURCE_DATE_EPOCH");
	time_t now = epoch && *epoch ? (time_t)strtoll(epoch, NULL, 10) : time(NULL);
	struct tm tm;

	gmtime_r(&now, &tm);
	strftime(buf, 11, "%Y-%m-%d", &tm);
}

bool fc_until_valid(const struct fc_ann_line *l, const char *until, bool *expired)
{
	int want[3], have[3];
	char now[11];

	*expired = false;
	if (!until || !*until)
		return fc_ann_error(l, "a suppression needs until=, a date (YYYY-MM-DD) or a kernel version (6.14)");
	if (strchr(until, '-')) {
		if (!fc_valid_date(until))
			return fc_ann_error(l, "until=%s is not a date (YYYY-MM-DD)", until);
		today(now);
		*expired = strcmp(now, until) > 0;
		return true;
	}
	if (!parse_version(until, want))
		return fc_ann_error(l, "until=%s is neither a date (YYYY-MM-DD) nor a kernel version (6.14)",
				    until);
	*expired = tree_version(have) && compare_versions(have, want) >= 0;
	return true;
}
