/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * dates.h - what a date is, for foliocheck-report's --date and the
 * plugin's until= alike: YYYY-MM-DD, and a day of the calendar.
 */
#ifndef FOLIOCHECK_DATES_H
#define FOLIOCHECK_DATES_H

#include <string.h>
#include <time.h>

static inline bool fc_valid_date(const char *s)
{
	struct tm tm = { 0 };
	const char *end = strptime(s, "%Y-%m-%d", &tm);
	char again[11];

	if (!end || *end || strlen(s) != 10)
		return false;
	/* 2026-02-30 parses; made a time and back, it is 2026-03-02. */
	tm.tm_isdst = -1;
	if (timegm(&tm) == (time_t)-1)
		return false;
	strftime(again, sizeof(again), "%Y-%m-%d", &tm);
	return !strcmp(again, s);
}

#endif /* FOLIOCHECK_DATES_H */
