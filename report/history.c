// SPDX-License-Identifier: GPL-3.0-or-later
/*
 * history.c - the nights of a nightly bot, kept in a directory:
 *
 *	foliocheck-report history add REPORT --dir HIST [--date D] [--label L]
 *	foliocheck-report history list --dir HIST [--json]
 *
 * HIST/reports/ holds each night's report as it was given, under the hash
 * of its bytes; HIST/index.json lists the nights (date, label, kernel,
 * builds, report file, fingerprints), once per fingerprint the finding as
 * the latest night that has it shows it, and the rules' descriptions.  The page (html) and its charts
 * are made from the index alone.  An add writes the report, then the index,
 * each by rename, under a lock: a failed or concurrent add leaves the
 * index as it was.  A night is replaced by an add of the same label.
 */
#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "report.h"
#include "../common/dates.h"

#define HISTORY_SCHEMA	1
#define INDEX_NAME	"index.json"
#define REPORTS_DIR	"reports"

static const struct command_spec add_spec = {
	"Usage: " PROG " history add REPORT --dir HIST [--date YYYY-MM-DD] [--label NAME]\n"
	"\n"
	"Add REPORT (a build or unit report) to the history in HIST as one night,\n"
	"creating HIST if needed.  A night with the same label is replaced.\n"
	"\n"
	"  -d, --dir HIST       the history directory\n"
	"      --date DATE      the night's date (default: the day REPORT was written, UTC)\n"
	"      --label NAME     the night's name (default: KERNEL@DATE, KERNEL being the\n"
	"                       kernel version(s) the report's builds name)\n",
	"dtl", "d", 1, 1, "needs one REPORT and --dir HIST",
};

static const struct command_spec list_spec = {
	"Usage: " PROG " history list --dir HIST [--json]\n"
	"\n"
	"The nights of the history in HIST, oldest first: date, label, kernel,\n"
	"findings, and how many are new and fixed since the night before.\n"
	"\n"
	"  -d, --dir HIST       the history directory\n"
	"  -j, --json           the same as JSON\n",
	"dj", "d", 0, 0, "takes no operand, only --dir HIST",
};

static const char history_usage[] =
	"Usage: " PROG " history add REPORT --dir HIST [--date YYYY-MM-DD] [--label NAME]\n"
	"       " PROG " history list --dir HIST [--json]\n";

/* 64-bit FNV-1a of LEN bytes: names a stored report by its content. */
static uint64_t fnv1a(const char *p, size_t len)
{
	uint64_t h = 0xcbf29ce484222325ULL;

	while (len--) {
		h ^= (unsigned char)*p++;
		h *= 0x100000001b3ULL;
	}
	return h;
}

static bool valid_label(const char *s)
{
	if (!*s)
		return false;
	for (; *s; s++)
		if ((unsigned char)*s < 0x20 || *s == 0x7f)
			return false;
	return true;
}

static char *file_date(const char *path)
{
	struct stat st;
	struct tm tm;
	char buf[11];

	if (stat(path, &st) || !gmtime_r(&st.st_mtime, &tm))
		return NULL;
	strftime(buf, sizeof(buf), "%Y-%m-%d", &tm);
	return strdup(buf);
}

/* The kernel versions of REPORT's builds, sorted and joined by "+". */
static char *kernels_of(json_t *report)
{
	json_t *set = json_object(), *build;
	const char *k;
	size_t i;
	char *out = strdup("");
	void *it;

	json_array_foreach(json_object_get(report, "builds"), i, build) {
		k = json_string_value(json_object_get(build, "kernel"));
		if (k)
			json_object_set_new(set, k, json_true());
	}
	for (it = json_object_iter(set); it; it = json_object_iter_next(set, it)) {
		char *joined = xasprintf("%s%s%s", out, *out ? "+" : "",
					 json_object_iter_key(it));

		free(out);
		out = joined;
	}
	json_decref(set);
	if (!*out) {
		free(out);
		out = strdup("unknown");
	}
	return out;
}

/* The KEY of each object of REPORT's ARRAY that has one. */
static json_t *values_of(json_t *report, const char *array, const char *key)
{
	json_t *values = json_array(), *o, *v;
	size_t i;

	json_array_foreach(json_object_get(report, array), i, o)
		if ((v = json_object_get(o, key)))
			json_array_append(values, v);
	return values;
}

/* ---- the index ---- */

static char *index_path(const char *dir)
{
	return xasprintf("%s/" INDEX_NAME, dir);
}

static json_t *new_index(void)
{
	return json_pack("{s:s, s:i, s:[], s:{}}", "tool", PROG,
			 "history_schema", HISTORY_SCHEMA, "nights", "findings");
}

/* HIST's index, a new one when HIST has none yet; NULL after a message. */
static json_t *load_index(const char *dir, bool must_exist)
{
	char *path = index_path(dir);
	json_t *index, *schema;

	if (access(path, F_OK) && errno == ENOENT && !must_exist) {
		free(path);
		return new_index();
	}
	index = read_json_file(path);
	if (!index)
		goto out;
	schema = json_object_get(index, "history_schema");
	if (!json_is_integer(schema) || !json_is_array(json_object_get(index, "nights")) ||
	    !json_is_object(json_object_get(index, "findings"))) {
		error_msg("%s: not a foliocheck history index", path);
		json_decref(index);
		index = NULL;
	} else if (json_integer_value(schema) > HISTORY_SCHEMA) {
		error_msg("%s: history schema %" JSON_INTEGER_FORMAT
			  " is newer than this tool's (%d)", path,
			  json_integer_value(schema), HISTORY_SCHEMA);
		json_decref(index);
		index = NULL;
	}
out:
	free(path);
	return index;
}

static int compare_nights(const void *a, const void *b)
{
	json_t *x = *(json_t *const *)a, *y = *(json_t *const *)b;
	int c = strcmp(json_string_value(json_object_get(x, "date")),
		       json_string_value(json_object_get(y, "date")));

	return c ? c : strcmp(json_string_value(json_object_get(x, "label")),
			      json_string_value(json_object_get(y, "label")));
}

static void sort_nights(json_t *index)
{
	json_t *nights = json_object_get(index, "nights");
	size_t n = json_array_size(nights);
	json_t **v = calloc(n ? n : 1, sizeof(*v));
	json_t *sorted = json_array();

	if (!v)
		abort();
	for (size_t i = 0; i < n; i++)
		v[i] = json_array_get(nights, i);
	qsort(v, n, sizeof(*v), compare_nights);
	for (size_t i = 0; i < n; i++)
		json_array_append(sorted, v[i]);
	json_object_set_new(index, "nights", sorted);
	free(v);
}

/* The fingerprints of the nights after NIGHT, as a set. */
static json_t *later_fingerprints(json_t *index, json_t *night)
{
	json_t *set = json_object(), *n, *fp;
	bool after = false;
	size_t i, j;

	json_array_foreach(json_object_get(index, "nights"), i, n) {
		if (after)
			json_array_foreach(json_object_get(n, "findings"), j, fp)
				json_object_set_new(set, json_string_value(fp), json_true());
		after |= n == night;
	}
	return set;
}

/*
 * The catalogue holds each fingerprint some night has, as the latest such
 * night shows it (without its unit list, which the night's report keeps).
 * Called with NIGHT, made from REPORT, already among the sorted nights.
 */
static void update_catalogue(json_t *index, json_t *night, json_t *report)
{
	json_t *old = json_object_get(index, "findings");
	json_t *cat = json_object(), *later = later_fingerprints(index, night);
	json_t *n, *fp, *f;
	size_t i, j;

	json_array_foreach(json_object_get(index, "nights"), i, n)
		json_array_foreach(json_object_get(n, "findings"), j, fp) {
			const char *key = json_string_value(fp);

			if (json_object_get(old, key))
				json_object_set(cat, key, json_object_get(old, key));
		}
	json_array_foreach(json_object_get(report, "findings"), i, f) {
		const char *key = json_string_value(json_object_get(f, "fingerprint"));
		json_t *copy;

		if (!key || (json_object_get(cat, key) && json_object_get(later, key)))
			continue;
		copy = json_deep_copy(f);
		json_object_del(copy, "units");
		json_object_set_new(cat, key, copy);
	}
	json_object_set_new(index, "findings", cat);
	json_decref(later);
}

/* What each rule is (and what its findings are counted by), by id. */
static void update_rules(json_t *index, json_t *report)
{
	json_t *rules = json_object_get(index, "rules"), *rule, *id;
	size_t i;

	if (!json_is_object(rules)) {
		rules = json_object();
		json_object_set_new(index, "rules", rules);
	}
	json_array_foreach(json_object_get(report, "rules"), i, rule)
		if (json_is_string(id = json_object_get(rule, "id")))
			json_object_set(rules, json_string_value(id), rule);
}

/* The night labelled LABEL, removed from INDEX; its report file, or NULL. */
static char *remove_night(json_t *index, const char *label)
{
	json_t *nights = json_object_get(index, "nights"), *n;
	char *file = NULL;
	size_t i;

	json_array_foreach(nights, i, n) {
		if (strcmp(json_string_value(json_object_get(n, "label")), label))
			continue;
		file = strdup(json_string_value(json_object_get(n, "report")));
		json_array_remove(nights, i);
		break;
	}
	return file;
}

static bool report_file_used(json_t *index, const char *file)
{
	json_t *n;
	size_t i;

	json_array_foreach(json_object_get(index, "nights"), i, n)
		if (!strcmp(json_string_value(json_object_get(n, "report")), file))
			return true;
	return false;
}

/* ---- add ---- */

static int lock_history(const char *dir)
{
	char *path = xasprintf("%s/.lock", dir);
	int fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0666);

	if (fd < 0 || flock(fd, LOCK_EX)) {
		error_msg("%s: cannot lock: %s", path, strerror(errno));
		if (fd >= 0)
			close(fd);
		fd = -1;
	}
	free(path);
	return fd;
}

static bool make_dir(const char *path)
{
	if (!mkdir(path, 0777) || errno == EEXIST)
		return true;
	error_msg("%s: cannot create: %s", path, strerror(errno));
	return false;
}

static char *slurp(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	char *buf = NULL;

	if (!f) {
		error_msg("%s: %s", path, strerror(errno));
		return NULL;
	}
	if (fseek(f, 0, SEEK_END) || (*len = ftell(f), fseek(f, 0, SEEK_SET)) ||
	    !(buf = malloc(*len + 1)) || fread(buf, 1, *len, f) != *len) {
		error_msg("%s: cannot read: %s", path, strerror(errno));
		free(buf);
		buf = NULL;
	}
	fclose(f);
	return buf;
}

/* REPORT's bytes stored under HIST/reports/; its path relative to HIST. */
static char *store_report(const char *dir, const char *report)
{
	size_t len;
	char *text = slurp(report, &len), *rel = NULL, *path;

	if (!text)
		return NULL;
	rel = xasprintf(REPORTS_DIR "/%016" PRIx64 ".json", fnv1a(text, len));
	path = xasprintf("%s/%s", dir, rel);
	if (write_output(path, text, len)) {
		free(rel);
		rel = NULL;
	}
	free(path);
	free(text);
	return rel;
}

static json_t *make_night(json_t *report, const char *label, const char *date,
			  const char *file)
{
	char *kernel = kernels_of(report);
	json_t *night = json_pack("{s:s, s:s, s:s, s:s, s:o, s:o}",
				  "label", label, "date", date, "kernel", kernel,
				  "report", file,
				  "builds", values_of(report, "builds", "id"),
				  "findings", values_of(report, "findings", "fingerprint"));

	free(kernel);
	return night;
}

static int add_night(const char *dir, const char *path, json_t *report,
		     const char *label, const char *date)
{
	char *index_file = index_path(dir), *stored = NULL, *replaced = NULL;
	json_t *index = load_index(dir, false), *night;
	int status = EXIT_BAD_INPUT;

	if (!index)
		goto out;
	stored = store_report(dir, path);
	if (!stored)
		goto out;
	replaced = remove_night(index, label);
	night = make_night(report, label, date, stored);
	json_array_append_new(json_object_get(index, "nights"), night);
	sort_nights(index);
	update_catalogue(index, night, report);
	update_rules(index, report);
	if (write_json(index_file, index))
		goto out;
	if (replaced && !report_file_used(index, replaced)) {
		char *old = xasprintf("%s/%s", dir, replaced);

		unlink(old);
		free(old);
	}
	printf("%s: %s night '%s' (%s, %zu findings)\n", dir,
	       replaced ? "replaced" : "added", label, date,
	       json_array_size(json_object_get(night, "findings")));
	status = EXIT_CLEAN;
out:
	json_decref(index);
	free(replaced);
	free(stored);
	free(index_file);
	return status;
}

static int history_add(int argc, char **argv)
{
	struct common_opts o;
	const char *path;
	char *date = NULL, *label = NULL, *kernel, *reports;
	json_t *report = NULL;
	int status, lock = -1;

	if (parse_command(argc, argv, &add_spec, &o, &status))
		return status;
	path = argv[o.first];
	status = EXIT_BAD_INPUT;
	if (o.date && !fc_valid_date(o.date)) {
		error_msg("history add: --date '%s' is not a date (YYYY-MM-DD)", o.date);
		return status;
	}
	if (o.label && !valid_label(o.label)) {
		error_msg("history add: --label must be a non-empty line of text");
		return status;
	}
	report = read_report(path);
	if (!report)
		return status;
	date = o.date ? strdup(o.date) : file_date(path);
	kernel = kernels_of(report);
	label = o.label ? strdup(o.label) : xasprintf("%s@%s", kernel, date);
	free(kernel);
	reports = xasprintf("%s/" REPORTS_DIR, o.dir);
	if (make_dir(o.dir) && make_dir(reports) && (lock = lock_history(o.dir)) >= 0)
		status = add_night(o.dir, path, report, label, date);
	if (lock >= 0)
		close(lock);
	free(reports);
	free(label);
	free(date);
	json_decref(report);
	return status;
}

/* ---- list ---- */

json_t *night_fingerprints(json_t *night)
{
	json_t *set = json_object(), *fp;
	size_t i;

	json_array_foreach(json_object_get(night, "findings"), i, fp)
		json_object_set_new(set, json_string_value(fp), json_true());
	return set;
}

size_t count_missing(json_t *from, json_t *in)
{
	const char *key;
	json_t *v;
	size_t n = 0;

	json_object_foreach(from, key, v)
		n += !json_object_get(in, key);
	return n;
}

/* How many of NIGHT's fingerprints PREV lacks (new), and the reverse. */
static void changes(json_t *prev, json_t *night, size_t *added, size_t *fixed)
{
	json_t *a = night_fingerprints(prev), *b = night_fingerprints(night);

	*added = count_missing(b, a);
	*fixed = count_missing(a, b);
	json_decref(a);
	json_decref(b);
}

static json_t *night_summary(json_t *prev, json_t *night)
{
	size_t added, fixed;

	changes(prev, night, &added, &fixed);
	return json_pack("{s:O, s:O, s:O, s:O, s:I, s:I, s:I}",
			 "date", json_object_get(night, "date"),
			 "label", json_object_get(night, "label"),
			 "kernel", json_object_get(night, "kernel"),
			 "report", json_object_get(night, "report"),
			 "findings", (json_int_t)json_array_size(json_object_get(night, "findings")),
			 "new", (json_int_t)added, "fixed", (json_int_t)fixed);
}

json_t *history_index(const char *dir)
{
	return load_index(dir, true);
}

static int history_list(int argc, char **argv)
{
	struct common_opts o;
	json_t *index, *night, *prev = NULL, *out = json_array();
	size_t i;
	int status;

	if (parse_command(argc, argv, &list_spec, &o, &status))
		return status;
	index = load_index(o.dir, true);
	if (!index)
		return EXIT_BAD_INPUT;
	json_array_foreach(json_object_get(index, "nights"), i, night) {
		json_array_append_new(out, night_summary(prev, night));
		prev = night;
	}
	if (o.json) {
		status = write_json(NULL, out) ? EXIT_BAD_INPUT : EXIT_CLEAN;
	} else {
		printf("%-10s  %-32s  %-12s %8s %6s %6s\n", "date", "label", "kernel",
		       "findings", "new", "fixed");
		json_array_foreach(out, i, night)
			printf("%-10s  %-32s  %-12s %8" JSON_INTEGER_FORMAT " %6" JSON_INTEGER_FORMAT
			       " %6" JSON_INTEGER_FORMAT "\n",
			       json_string_value(json_object_get(night, "date")),
			       json_string_value(json_object_get(night, "label")),
			       json_string_value(json_object_get(night, "kernel")),
			       json_integer_value(json_object_get(night, "findings")),
			       json_integer_value(json_object_get(night, "new")),
			       json_integer_value(json_object_get(night, "fixed")));
		status = EXIT_CLEAN;
	}
	json_decref(out);
	json_decref(index);
	return status;
}

/* Run SUB with "history SUB" as its name in messages and --help hints. */
static int run_sub(int (*sub)(int, char **), const char *name, int argc,
		   char **argv)
{
	char **args = calloc(argc + 1, sizeof(*args));
	int status;

	if (!args)
		abort();
	memcpy(args, argv, argc * sizeof(*args));
	args[0] = (char *)name;
	status = sub(argc, args);
	free(args);
	return status;
}

int cmd_history(int argc, char **argv)
{
	if (argc >= 2 && !strcmp(argv[1], "add"))
		return run_sub(history_add, "history add", argc - 1, argv + 1);
	if (argc >= 2 && !strcmp(argv[1], "list"))
		return run_sub(history_list, "history list", argc - 1, argv + 1);
	if (argc >= 2 && (!strcmp(argv[1], "--help") || !strcmp(argv[1], "-h"))) {
		fputs(history_usage, stdout);
		return EXIT_CLEAN;
	}
	error_msg("history: needs 'add' or 'list' (see '%s history --help')", PROG);
	return EXIT_BAD_INPUT;
}
