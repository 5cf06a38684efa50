/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * baseline.cc - -fplugin-arg-foliocheck-baseline=FILE: the findings a tree
 * already has, which stay quiet, so that only new uses fail the compile.
 *
 *	gcc -fplugin=foliocheck -fplugin-arg-foliocheck-baseline=base.fp ...
 *	mm/zsmalloc.c:1234:20: error: direct read of 'struct page' member
 *	'index' (...) [foliocheck:page-member]
 *
 * FILE is either a report (a unit's or a build's; its fingerprints are
 * read with jansson: right for a unit or a subsystem), or a fingerprint
 * list made by "foliocheck-report baseline": a header line, then sorted
 * fingerprints of 16 hex digits, one per line.  A list is mapped and
 * searched in place: a baseline of a whole tree costs a compile a check of
 * its lines and a few probes per finding, not a parse.
 */
#include "foliocheck.h"
#include <sys/mman.h>
#include <sys/stat.h>

#define LIST_MAGIC	FC_BASELINE_MAGIC
#define FP_DIGITS	FC_FINGERPRINT_DIGITS
#define RECORD		(FP_DIGITS + 1)		/* digits and '\n' */

static const char *path;
static const char *records;		/* the list's records, mapped */
static size_t nr_records;
static uint64_t *sorted;		/* a report's fingerprints */
static bool broken;			/* a corrupt record was read */
static size_t nr_sorted;

static int compare_u64(const void *a, const void *b)
{
	uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;

	return x < y ? -1 : x > y;
}

/*
 * A list's fingerprints are fixed-width lowercase hex, so their order as
 * strings is their order as numbers: records are compared with memcmp().
 */
static bool valid_record(const char *r)
{
	uint64_t v;

	return fc_parse_fingerprint(r, FP_DIGITS, &v) && r[FP_DIGITS] == '\n';
}

/*
 * The list's lines are checked at load (each record ends in a newline where
 * it should: an edited or concatenated list does not); what a record holds
 * is checked when a lookup reads it.  Checking every digit of a 100,000-line
 * list would cost a compile more than the rest of the baseline does.
 */
static bool check_lines(void)
{
	for (size_t i = 0; i < nr_records; i++)
		if (records[i * RECORD + FP_DIGITS] != '\n') {
			fc_error("%s:%d: not a fingerprint of %d hex digits", path,
				 (int)(i + 2), FP_DIGITS);
			return false;
		}
	return true;
}

/* A record a lookup reads that is no fingerprint: one error, then silence. */
static bool corrupt(size_t i)
{
	if (valid_record(records + i * RECORD))
		return false;
	error_at(UNKNOWN_LOCATION, "foliocheck: %s:%d: not a fingerprint of %d hex digits",
		 path, (int)(i + 2), FP_DIGITS);
	broken = true;
	return true;
}

/* A report's fingerprints, sorted; false after an error naming FILE. */
static bool load_report(json_t *doc)
{
	json_t *schema = json_object_get(doc, "schema"), *findings, *f;
	const char *tool = json_string_value(json_object_get(doc, "tool"));
	size_t i;

	int known = tool && !strcmp(tool, FC_TOOL_NAME) ? FC_UNIT_SCHEMA :
		    tool && !strcmp(tool, FC_REPORT_TOOL_NAME) ? FC_BUILD_SCHEMA : 0;

	if (!known || !json_is_integer(schema)) {
		fc_error("%s: not a foliocheck report or baseline", path);
		return false;
	}
	if (json_integer_value(schema) > known) {
		fc_error("%s: schema %d is newer than this foliocheck reads (%d)", path,
			 (int)json_integer_value(schema), known);
		return false;
	}
	findings = json_object_get(doc, "findings");
	if (!json_is_array(findings)) {
		fc_error("%s: a report without findings", path);
		return false;
	}
	sorted = XNEWVEC(uint64_t, json_array_size(findings) + 1);
	json_array_foreach(findings, i, f) {
		const char *fp = json_string_value(json_object_get(f, "fingerprint"));

		if (!fp || !fc_parse_fingerprint(fp, strlen(fp), &sorted[nr_sorted++])) {
			fc_error("%s: finding %d has no fingerprint of %d hex digits",
				 path, (int)i, FP_DIGITS);
			return false;
		}
	}
	qsort(sorted, nr_sorted, sizeof(*sorted), compare_u64);
	return true;
}

/* A fingerprint list, mapped: its header and its size are checked now. */
static bool map_list(int fd, size_t size)
{
	size_t head = strlen(LIST_MAGIC);
	void *map;

	if (size < head) {
		fc_error("%s:1: not a foliocheck report or baseline", path);
		return false;
	}
	/* Mapped for the rest of the compile: cc1 exits after the unit. */
	map = mmap(NULL, size, PROT_READ, MAP_PRIVATE, fd, 0);
	if (map == MAP_FAILED) {
		fc_error("%s: cannot map: %s", path, xstrerror(errno));
		return false;
	}
	if (strncmp((const char *)map, "foliocheck-baseline ", 20)) {
		fc_error("%s:1: not a foliocheck report or baseline", path);
		return false;
	}
	if (memcmp(map, LIST_MAGIC, head)) {
		fc_error("%s:1: a baseline list of a newer format than this foliocheck reads (1)",
			 path);
		return false;
	}
	if ((size - head) % RECORD) {
		fc_error("%s:%d: truncated: a fingerprint is %d hex digits and a newline",
			 path, (int)((size - head) / RECORD + 2), FP_DIGITS);
		return false;
	}
	records = (const char *)map + head;
	nr_records = (size - head) / RECORD;
	return check_lines();
}

/* A report is JSON, an object; anything else is read as a list. */
static bool is_json(int fd)
{
	char first = 0;

	return pread(fd, &first, 1, 0) == 1 && first == '{';
}

bool fc_baseline_load(const char *file)
{
	struct stat st;
	json_error_t err;
	json_t *doc;
	bool ok;
	int fd;

	path = file;
	fd = open(file, O_RDONLY);
	if (fd < 0 || fstat(fd, &st)) {
		fc_error("%s: %s", file, xstrerror(errno));
		if (fd >= 0)
			close(fd);
		return false;
	}
	if (!is_json(fd)) {
		ok = map_list(fd, st.st_size);
		close(fd);
		return ok;
	}
	close(fd);
	doc = json_load_file(file, 0, &err);
	if (!doc) {
		fc_error("%s:%d: invalid JSON: %s", file, err.line, err.text);
		return false;
	}
	ok = load_report(doc);
	json_decref(doc);
	return ok;
}

bool fc_baseline_active(void)
{
	return path != NULL;
}

static bool list_has(const char *fp)
{
	size_t lo = 0, hi = nr_records;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		int c;

		if (corrupt(mid))
			return true;	/* quiet: the error above fails the compile */
		c = memcmp(fp, records + mid * RECORD, FP_DIGITS);

		if (!c)
			return true;
		if (c > 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return false;
}

bool fc_baseline_has(const char *fingerprint)
{
	uint64_t want;

	if (broken)
		return true;
	if (!path || !fc_parse_fingerprint(fingerprint, strlen(fingerprint), &want))
		return false;
	if (sorted)
		return bsearch(&want, sorted, nr_sorted, sizeof(*sorted), compare_u64);
	return list_has(fingerprint);
}
