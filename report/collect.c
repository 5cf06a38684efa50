// SPDX-License-Identifier: GPL-3.0-or-later
/*
 * collect.c - "collect DIR|FILE...": one build report from the objects
 * (.o, .ko) and side reports (*.foliocheck.json) of a build.  An object a
 * C compiler made without the plugin is reported, never skipped silently,
 * so a partial build is visible.
 */

#include <errno.h>
#include <fnmatch.h>
#include <ftw.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "report.h"

static const char collect_usage[] =
"Usage: " PROG " collect [-o FILE] [--config NAME] DIR|FILE...\n"
"\n"
"Read findings from objects (.o files: their .discard.foliocheck section)\n"
"and side reports (*.foliocheck.json; given by name, any .json), walking\n"
"directories recursively, and write one report: findings deduplicated by\n"
"fingerprint, each with the units that saw it.  Objects compiled by GCC\n"
"without the plugin are listed in the report and warned about.  Linked\n"
"modules (.ko) are not read: the kernel's module linker script drops the\n"
"section; their objects carry it.\n"
"\n"
"  -o, --output FILE   write the report to FILE (atomically), not stdout\n"
"  -c, --config NAME   name the configuration (for merge), e.g. x86_64-defconfig\n"
"  -x, --exclude GLOB  skip paths matching GLOB below a directory (repeatable),\n"
"                      e.g. 'scripts/*' for host programs\n"
"  -r, --remote-count  say on stderr how many units a build farm (icecream,\n"
"                      distcc) compiled remotely\n";

/* Every object or side report found, with the build its tree made. */
static struct found {
	char *path;
	const char *build;	/* the build's id, or NULL */
} *paths;
static size_t nr_paths, cap_paths;
static const char *walk_build;		/* the build of the operand walked */
static int walk_error;
static size_t walk_root_len;		/* the directory being walked */
static char **excludes;
static size_t nr_excludes;

/* Up to this many objects without the plugin are named on stderr. */
#define MAX_WITHOUT_WARNINGS	10

static bool excluded(const char *rel)
{
	for (size_t i = 0; i < nr_excludes; i++)
		if (!fnmatch(excludes[i], rel, 0))
			return true;
	return false;
}

static bool ends_with(const char *s, const char *suffix)
{
	size_t n = strlen(s), m = strlen(suffix);

	return n >= m && !strcmp(s + n - m, suffix);
}

static void add_path(const char *path)
{
	if (nr_paths == cap_paths) {
		cap_paths = cap_paths ? 2 * cap_paths : 256;
		paths = realloc(paths, cap_paths * sizeof(*paths));
		if (!paths)
			abort();
	}
	paths[nr_paths++] = (struct found){ strdup(path), walk_build };
}

static int visit(const char *path, const struct stat *st, int type,
		 struct FTW *ftw)
{
	(void)st;
	(void)ftw;
	if (type == FTW_DNR || type == FTW_NS) {
		error_msg("%s: cannot read: %s", path, strerror(errno ? errno : EACCES));
		walk_error = 1;
		return 1;
	}
	if (type == FTW_F && (ends_with(path, ".o") ||
			      ends_with(path, ".foliocheck.json")) &&
	    !excluded(path + walk_root_len + (path[walk_root_len] == '/')))
		add_path(path);
	return 0;
}

static int gather(const char *arg)
{
	struct stat st;

	if (stat(arg, &st)) {
		error_msg("%s: %s", arg, strerror(errno));
		return -1;
	}
	if (!S_ISDIR(st.st_mode)) {
		add_path(arg);
		return 0;
	}
	errno = 0;
	walk_root_len = strlen(arg);
	if (nftw(arg, visit, 64, FTW_PHYS) || walk_error) {
		if (!walk_error)
			error_msg("%s: cannot walk: %s", arg, strerror(errno));
		return -1;
	}
	return 0;
}

static int compare_paths(const void *a, const void *b)
{
	return strcmp(((const struct found *)a)->path,
		      ((const struct found *)b)->path);
}

static bool is_elf(const char *path)
{
	char magic[4] = "";
	FILE *f = fopen(path, "rb");

	if (!f)
		return false;
	if (fread(magic, 1, 4, f) != 4)
		magic[0] = 0;
	fclose(f);
	return !memcmp(magic, "\177ELF", 4);
}

static int read_side_report(struct builder *b, const char *path,
			    const char *config)
{
	json_t *doc = read_json_file(path);

	if (!doc || !unit_doc_valid(doc, path)) {
		json_decref(doc);
		return -1;
	}
	builder_add_unit(b, doc, config);
	json_decref(doc);
	return 0;
}

static int read_one(struct builder *b, const char *path, const char *config,
		    size_t *with_findings)
{
	json_t *docs, *doc;
	bool not_c;
	size_t i;
	int ret;

	if (!is_elf(path))
		return read_side_report(b, path, config);
	docs = json_array();
	ret = read_object(path, docs, &not_c);
	if (ret == 0 && !not_c) {
		if (json_array_size(b->without) < MAX_WITHOUT_WARNINGS)
			warning_msg("%s: compiled without foliocheck (no %s section)",
				    path, FC_SECTION_NAME);
		json_array_append_new(b->without, json_string(path));
	}
	json_array_foreach(docs, i, doc)
		builder_add_unit(b, doc, config);
	*with_findings += ret > 0;
	json_decref(docs);
	return ret < 0 ? -1 : 0;
}

static void progress(size_t done, size_t total)
{
	if (isatty(STDERR_FILENO) && (done % 1000 == 0 || done == total))
		fprintf(stderr, "\r%s collect: %zu/%zu files", PROG, done, total);
	if (isatty(STDERR_FILENO) && done == total)
		fputc('\n', stderr);
}

static const struct command_spec collect_spec = {
	collect_usage, "ocxr", "", 1, -1,
	"give the build directories or files to read",
};

/* Once per build, not once per unit: the suppressions past their until=. */
static void warn_expired(json_t *report)
{
	json_t *a;
	size_t i;

	json_array_foreach(json_object_get(report, "allowed"), i, a)
		if (json_is_true(json_object_get(a, "expired")))
			warning_msg("%s: suppression past its until=%s suppresses nothing (%s)",
				    json_string_value(json_object_get(a, "entry")),
				    json_string_value(json_object_get(a, "until")),
				    json_string_value(json_object_get(a, "reason")));
}

int cmd_collect(int argc, char **argv)
{
	struct common_opts o;
	struct builder b;
	size_t with_section = 0;
	int status, ret = 0;
	json_t *report;

	if (parse_command(argc, argv, &collect_spec, &o, &status))
		return status;
	excludes = o.excludes;
	nr_excludes = o.nr_excludes;
	builder_init(&b);
	for (int i = o.first; i < argc; i++) {
		json_t *build = tree_build(argv[i]);

		walk_build = build ? builder_add_build(&b, build, o.config) : NULL;
		json_decref(build);
		if (gather(argv[i])) {
			json_decref(builder_finish(&b));
			return EXIT_BAD_INPUT;
		}
	}
	if (!nr_paths) {
		error_msg("collect: no objects or reports found in the given paths");
		json_decref(builder_finish(&b));
		return EXIT_BAD_INPUT;
	}
	qsort(paths, nr_paths, sizeof(*paths), compare_paths);
	for (size_t i = 0; i < nr_paths && !ret; i++) {
		b.unit_build = paths[i].build;
		ret = read_one(&b, paths[i].path, o.config, &with_section);
		progress(i + 1, nr_paths);
	}
	if (ret) {
		json_decref(builder_finish(&b));
		return EXIT_BAD_INPUT;
	}
	if (json_array_size(b.without) > MAX_WITHOUT_WARNINGS)
		warning_msg("%zu objects in all were compiled without foliocheck; the report lists them (objects_without_plugin)",
			    json_array_size(b.without));
	/*
	 * Which host compiled a unit is not part of the report, which is the
	 * same bytes whether a build farm helped or not.
	 */
	if (o.remote_count)
		fprintf(stderr, "%s collect: %zu of %zu units compiled remotely\n",
			PROG, b.nr_remote, json_object_size(b.units));
	report = builder_finish(&b);
	warn_expired(report);
	ret = write_json(o.output, report);
	json_decref(report);
	return ret ? EXIT_BAD_INPUT : EXIT_CLEAN;
}

static const char merge_usage[] =
"Usage: " PROG " merge [-o FILE] REPORT...\n"
"\n"
"Combine reports of several configurations or architectures: each finding\n"
"lists the configs that saw it (a report made without --config is named\n"
"after its file).\n"
"\n"
"  -o, --output FILE   write the report to FILE (atomically), not stdout\n";

static const struct command_spec merge_spec = {
	merge_usage, "o", "", 1, -1,
	"give the reports to merge",
};

int cmd_merge(int argc, char **argv)
{
	struct common_opts o;
	struct builder b;
	int status, ret;
	json_t *report;

	if (parse_command(argc, argv, &merge_spec, &o, &status))
		return status;
	builder_init(&b);
	for (int i = o.first; i < argc; i++) {
		json_t *r = read_report(argv[i]);

		if (!r) {
			json_decref(builder_finish(&b));
			return EXIT_BAD_INPUT;
		}
		builder_add_report(&b, r, argv[i]);
		json_decref(r);
	}
	report = builder_finish(&b);
	ret = write_json(o.output, report);
	json_decref(report);
	return ret ? EXIT_BAD_INPUT : EXIT_CLEAN;
}
