// SPDX-License-Identifier: GPL-3.0-or-later
/*
 * baseline.c - "baseline REPORT... -o FILE": the fingerprints of reports as
 * the list the plugin's -fplugin-arg-foliocheck-baseline= maps and searches
 * in place: a header line, then sorted 16-hex-digit fingerprints, one per
 * line.  A compile with a whole tree's baseline then reads a few records
 * per finding instead of parsing the tree's report.
 */
#include <inttypes.h>
#include <stdlib.h>
#include <string.h>

#include "report.h"

static const struct command_spec baseline_spec = {
	"Usage: " PROG " baseline [-o FILE] REPORT...\n"
	"\n"
	"The fingerprints of the findings of REPORTs (build or unit reports), as\n"
	"the list -fplugin-arg-foliocheck-baseline=FILE reads: findings it has\n"
	"stay quiet, the others fail the compile.\n"
	"\n"
	"  -o, --output FILE   write to FILE (atomically), not stdout\n",
	"o", "", 1, -1, "needs at least one REPORT",
};

static int compare_u64(const void *a, const void *b)
{
	uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;

	return x < y ? -1 : x > y;
}

struct fingerprints {
	uint64_t *v;
	size_t n, cap;
};

static void push(struct fingerprints *fps, uint64_t v)
{
	if (fps->n == fps->cap) {
		fps->cap = fps->cap ? 2 * fps->cap : 1024;
		fps->v = realloc(fps->v, fps->cap * sizeof(*fps->v));
		if (!fps->v)
			abort();
	}
	fps->v[fps->n++] = v;
}

/* Add the fingerprints of the report at PATH to FPS. */
static bool add_report(const char *path, struct fingerprints *fps)
{
	json_t *report = read_report(path), *f;
	size_t i;
	uint64_t v;

	if (!report)
		return false;
	json_array_foreach(json_object_get(report, "findings"), i, f) {
		const char *fp = json_string_value(json_object_get(f, "fingerprint"));

		if (!fp || !fc_parse_fingerprint(fp, strlen(fp), &v)) {
			error_msg("%s: finding %zu has no fingerprint of %d hex digits",
				  path, i, FC_FINGERPRINT_DIGITS);
			json_decref(report);
			return false;
		}
		push(fps, v);
	}
	json_decref(report);
	return true;
}

int cmd_baseline(int argc, char **argv)
{
	struct common_opts o;
	struct fingerprints fps = { NULL, 0, 0 };
	size_t kept = 0;
	char *text, *p;
	int status;

	if (parse_command(argc, argv, &baseline_spec, &o, &status))
		return status;
	for (int i = o.first; i < argc; i++)
		if (!add_report(argv[i], &fps)) {
			free(fps.v);
			return EXIT_BAD_INPUT;
		}
	qsort(fps.v, fps.n, sizeof(*fps.v), compare_u64);
	text = malloc(strlen(FC_BASELINE_MAGIC) + fps.n * (FC_FINGERPRINT_DIGITS + 1) + 1);
	if (!text)
		abort();
	p = stpcpy(text, FC_BASELINE_MAGIC);
	for (size_t i = 0; i < fps.n; i++) {
		if (i && fps.v[i] == fps.v[i - 1])
			continue;
		p += sprintf(p, "%016" PRIx64 "\n", fps.v[i]);
		kept++;
	}
	status = write_output(o.output, text, p - text) ? EXIT_BAD_INPUT : EXIT_CLEAN;
	if (!status && o.output)
		fprintf(stderr, "%s: %zu fingerprints\n", o.output, kept);
	free(text);
	free(fps.v);
	return status;
}
