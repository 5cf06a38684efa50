// SPDX-License-Identifier: GPL-3.0-or-later
/*
 * census.c - "census REPORT": every page->folio conversion of a build
 * (recorded with -fplugin-arg-foliocheck-census), counted by what is known
 * of the page it converts, and whether the folio's index or mapping is
 * read in the same function, per subsystem.  It answers David
 * Hildenbrand's question: how often does code convert a page to a folio
 * when it does not have one?
 */
#include <stdlib.h>
#include <string.h>

#include "maintainers.h"

/* The columns: what the page is. */
enum what {
	WHAT_FOLIO, WHAT_NONFOLIO, WHAT_RUNTIME, WHAT_UNKNOWN, NR_WHATS
};

static const struct {
	const char *cls, *title;
} whats[NR_WHATS] = {
	[WHAT_FOLIO] = { "folio", "folio" },
	[WHAT_NONFOLIO] = { "nonfolio", "not a folio" },
	[WHAT_RUNTIME] = { "runtime", "user-mapped (run time)" },
	[WHAT_UNKNOWN] = { "unknown", "unknown" },
};

static enum what what_of(json_t *e)
{
	const char *cls = json_string_value(json_object_get(e, "class"));

	for (int i = 0; i < NR_WHATS; i++)
		if (!strcmp(cls, whats[i].cls))
			return i;
	return WHAT_UNKNOWN;
}

static void add(json_t *row, const char *key, bool yes)
{
	json_t *n = json_object_get(row, key);

	json_object_set_new(row, key, json_integer(json_integer_value(n) + yes));
}

/*
 * One more conversion E in ROWS[KEY] (KEY NULL: ROWS is the row): a row
 * counts conversions per column, in all, and those whose function reads
 * a folio's index or mapping.
 */
static void count(json_t *rows, const char *key, json_t *e)
{
	json_t *row = key ? json_object_get(rows, key) : rows;

	if (!row) {
		row = json_object();
		for (int i = 0; i < NR_WHATS; i++)
			add(row, whats[i].cls, false);
		json_object_set_new(rows, key, row);
	}
	add(row, whats[what_of(e)].cls, true);
	add(row, "total", true);
	add(row, "reads_index", json_is_true(json_object_get(e, "reads_index")));
	add(row, "reads_mapping", json_is_true(json_object_get(e, "reads_mapping")));
}

/* "not a folio: vmalloc", "folio", ... */
static char *kind_key(json_t *e)
{
	const char *memory = json_string_value(json_object_get(e, "memory"));
	enum what w = what_of(e);

	if (w == WHAT_NONFOLIO || (w == WHAT_RUNTIME && memory))
		return xasprintf("%s: %s", whats[w].title, memory ? memory : "?");
	return strdup(whats[w].title);
}

static long field(json_t *row, const char *key)
{
	return (long)json_integer_value(json_object_get(row, key));
}

static int by_total(const void *pa, const void *pb)
{
	json_t *a = *(json_t *const *)pa, *b = *(json_t *const *)pb;
	long x = field(json_object_get(a, "row"), "total");
	long y = field(json_object_get(b, "row"), "total");

	if (x != y)
		return x > y ? -1 : 1;
	return strcmp(json_string_value(json_object_get(a, "name")),
		      json_string_value(json_object_get(b, "name")));
}

static void print_table(FILE *out, const char *title, json_t *rows, bool columns)
{
	size_t n = json_object_size(rows), i = 0;
	json_t **items = calloc(n ? n : 1, sizeof(*items)), *v;
	const char *key;

	json_object_foreach(rows, key, v)
		items[i++] = json_pack("{s:s,s:O}", "name", key, "row", v);
	qsort(items, n, sizeof(*items), by_total);
	fprintf(out, "\n%s:\n  %-32s %7s", title, "", "total");
	for (int w = 0; columns && w < NR_WHATS; w++)
		fprintf(out, " %9.9s", whats[w].cls);
	fprintf(out, " %7s %7s\n", "index", "mapping");
	for (i = 0; i < n; i++) {
		json_t *row = json_object_get(items[i], "row");

		fprintf(out, "  %-32s %7ld",
			json_string_value(json_object_get(items[i], "name")),
			field(row, "total"));
		for (int w = 0; columns && w < NR_WHATS; w++)
			fprintf(out, " %9ld", field(row, whats[w].cls));
		fprintf(out, " %7ld %7ld\n", field(row, "reads_index"),
			field(row, "reads_mapping"));
		json_decref(items[i]);
	}
	free(items);
}

static const char census_usage[] =
"Usage: " PROG " census [-o FILE] [--json] [--maintainers MAINTAINERS] REPORT\n"
"\n"
"Count the page->folio conversions of REPORT (a build compiled with\n"
"-fplugin-arg-foliocheck-census) by what is known of the page: a folio,\n"
"a kind that is not a folio (page table, slab, vmalloc, ...), a page\n"
"mapped from a user page table (folio or not at run time), or unknown (a\n"
"parameter of a function other units call, or memory the plugin cannot\n"
"follow); and how many of them are in functions that read a folio's\n"
"index or mapping.  Per directory, and with --maintainers per\n"
"MAINTAINERS section.\n"
"\n"
"  -m, --maintainers FILE  the kernel's MAINTAINERS file\n"
"  -j, --json              the counts as JSON\n"
"  -o, --output FILE       write to FILE (atomically), not stdout\n";

static const struct command_spec census_spec = {
	census_usage, "ojm", "", 1, 1,
	"give one REPORT",
};

static json_t *tally(json_t *census, const struct maintainers *m)
{
	json_t *all = json_object(), *by_kind = json_object();
	json_t *by_dir = json_object(), *by_sub = json_object(), *doc, *e;
	size_t i;

	json_array_foreach(census, i, e) {
		const char *file = json_string_value(json_object_get(e, "file"));
		char *kind = kind_key(e), *dir = directory(file);

		count(all, NULL, e);
		count(by_kind, kind, e);
		count(by_dir, dir, e);
		if (m) {
			const char *sec = maintainers_section(m, file);

			count(by_sub, sec ? sec : "(no MAINTAINERS entry)", e);
		}
		free(kind);
		free(dir);
	}
	doc = json_object();
	json_object_set_new(doc, "conversions", all);
	json_object_set_new(doc, "by_kind", by_kind);
	json_object_set_new(doc, "by_directory", by_dir);
	json_object_set_new(doc, "by_subsystem", by_sub);
	return doc;
}

static int print_text(const char *output, const char *name, json_t *doc)
{
	json_t *all = json_object_get(doc, "conversions");
	char *buf = NULL;
	size_t len = 0;
	FILE *out = open_memstream(&buf, &len);
	int ret;

	fprintf(out, "foliocheck census of %s: %ld page->folio conversions\n",
		name, field(all, "total"));
	for (int w = 0; w < NR_WHATS; w++)
		fprintf(out, "  %-24s %7ld\n", whats[w].title, field(all, whats[w].cls));
	fprintf(out, "  in functions reading folio->index: %ld, folio->mapping: %ld\n",
		field(all, "reads_index"), field(all, "reads_mapping"));
	print_table(out, "By what the page is", json_object_get(doc, "by_kind"), false);
	print_table(out, "By directory", json_object_get(doc, "by_directory"), true);
	if (json_object_size(json_object_get(doc, "by_subsystem")))
		print_table(out, "By subsystem (MAINTAINERS)",
			    json_object_get(doc, "by_subsystem"), true);
	fclose(out);
	ret = write_output(output, buf, len);
	free(buf);
	return ret;
}

int cmd_census(int argc, char **argv)
{
	struct common_opts o;
	struct maintainers *m = NULL;
	json_t *report, *census, *doc;
	int status, ret;

	if (parse_command(argc, argv, &census_spec, &o, &status))
		return status;
	report = read_report(argv[o.first]);
	if (!report || (o.maintainers && !(m = maintainers_load(o.maintainers)))) {
		json_decref(report);
		return EXIT_BAD_INPUT;
	}
	census = json_object_get(report, "census");
	if (!census) {
		error_msg("%s: no census (build with -fplugin-arg-foliocheck-census)",
			  argv[o.first]);
		json_decref(report);
		maintainers_free(m);
		return EXIT_BAD_INPUT;
	}
	doc = tally(census, m);
	ret = o.json ? write_json(o.output, doc)
		     : print_text(o.output, argv[o.first], doc);
	json_decref(doc);
	json_decref(report);
	maintainers_free(m);
	return ret ? EXIT_BAD_INPUT : EXIT_CLEAN;
}
