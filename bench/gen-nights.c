// SPDX-License-Identifier: GPL-3.0-or-later
/*
 * gen-nights - N nightly reports made from one real report, for timing a
 * history (foliocheck-report history add, html) of a year of nights.
 *
 *	gen-nights REPORT N DIR
 *
 * Night i is DIR/night-I.json: REPORT with the findings still present that
 * night.  Each finding of REPORT is fixed on a night of its own (from its
 * fingerprint's hash), so the counts burn down over the N nights; and each
 * night brings two findings of its own (copies of real ones under a new
 * fingerprint) that stay for a week, as code that comes and goes does.
 */
#include <jansson.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define NEW_PER_NIGHT	2
#define NEW_LIFETIME	7

static uint64_t fnv1a(const char *s)
{
	uint64_t h = 0xcbf29ce484222325ULL;

	for (; *s; s++) {
		h ^= (unsigned char)*s;
		h *= 0x100000001b3ULL;
	}
	return h;
}

/* A copy of finding F under a fingerprint of night NIGHT's own. */
static json_t *newcomer(json_t *f, long night, int k)
{
	json_t *copy = json_deep_copy(f);
	char fp[32];

	snprintf(fp, sizeof(fp), "n%05ld%010d", night, k);
	json_object_set_new(copy, "fingerprint", json_string(fp));
	return copy;
}

static int write_night(json_t *report, json_t *all, long night, long n,
		       const char *dir)
{
	json_t *kept = json_array(), *f;
	size_t i, total = json_array_size(all);
	char path[4096];
	int err;

	json_array_foreach(all, i, f) {
		const char *fp = json_string_value(json_object_get(f, "fingerprint"));

		/* A sixth stays past the last night: not everything converges. */
		if ((long)(fnv1a(fp) % (n + n / 5)) >= night)
			json_array_append(kept, f);
	}
	for (long from = night - NEW_LIFETIME + 1; from <= night; from++)
		for (int k = 0; from >= 0 && total && k < NEW_PER_NIGHT; k++)
			json_array_append_new(kept, newcomer(json_array_get(all,
				(size_t)(fnv1a(json_string_value(json_object_get(
					json_array_get(all, (from * 7 + k) % total),
					"fingerprint"))) % total)), from, k));
	json_object_set_new(report, "findings", kept);
	snprintf(path, sizeof(path), "%s/night-%04ld.json", dir, night);
	err = json_dump_file(report, path, JSON_COMPACT);
	if (err)
		fprintf(stderr, "gen-nights: %s: cannot write\n", path);
	return err;
}

int main(int argc, char **argv)
{
	json_error_t e;
	json_t *report, *all;
	long n;

	if (argc != 4 || (n = strtol(argv[2], NULL, 10)) < 1) {
		fprintf(stderr, "usage: gen-nights REPORT N DIR\n");
		return 2;
	}
	report = json_load_file(argv[1], 0, &e);
	if (!report) {
		fprintf(stderr, "gen-nights: %s:%d: %s\n", argv[1], e.line, e.text);
		return 2;
	}
	all = json_incref(json_object_get(report, "findings"));
	for (long night = 0; night < n; night++)
		if (write_night(report, all, night, n, argv[3]))
			return 1;
	json_decref(all);
	json_decref(report);
	return 0;
}
