// SPDX-License-Identifier: GPL-3.0-or-later
/*
 * summary.c - "summary REPORT": how many distinct findings per rule,
 * per each field a rule says its findings are counted by (member and
 * access of page-member, memory of nonfolio-conversion: the report's
 * "rules"), directory, build and, given MAINTAINERS, subsystem.
 */
#include <stdlib.h>
#include <string.h>

#include "maintainers.h"

/* One more for KEY in COUNTS; a finding without that field counts nowhere. */
static void count(json_t *counts, const char *key)
{
	json_t *n;

	if (!key)
		return;
	n = json_object_get(counts, key);

	json_object_set_new(counts, key,
			    json_integer(n ? json_integer_value(n) + 1 : 1));
}

char *directory(const char *file)
{
	const char *slash = strrchr(file, '/'), *first = strchr(file, '/');
	const char *end = slash;

	if (!slash)
		return strdup(".");
	if (first != slash) {
		const char *second = strchr(first + 1, '/');

		end = second ? second : slash;
	}
	return strndup(file, end - file);
}

enum tally {
	BY_RULE, BY_DIRECTORY, BY_SUBSYSTEM, BY_BUILD, NR_TALLIES
};

/* Each count's key in the --json document and its title in the text. */
static const struct {
	const char *key, *title;
} tallies[NR_TALLIES] = {
	[BY_RULE] = { "by_rule", "By rule" },
	[BY_DIRECTORY] = { "by_directory", "By directory" },
	[BY_SUBSYSTEM] = { "by_subsystem", "By subsystem (MAINTAINERS)" },
	[BY_BUILD] = { "by_build", "By build (kernel/arch/config/compiler)" },
};

static const char *field(json_t *f, const char *key)
{
	return json_string_value(json_object_get(f, key));
}

static void tally_finding(json_t *counts[NR_TALLIES], json_t *f,
			  const struct maintainers *m)
{
	const char *file = field(f, "file");
	char *dir = directory(file);
	json_t *build;
	size_t i;

	count(counts[BY_RULE], field(f, "rule"));
	count(counts[BY_DIRECTORY], dir);
	if (m) {
		const char *section = maintainers_section(m, file);

		count(counts[BY_SUBSYSTEM], section ? section : "(no MAINTAINERS entry)");
	}
	json_array_foreach(json_object_get(f, "builds"), i, build)
		count(counts[BY_BUILD], json_string_value(build));
	free(dir);
}

/* A count a rule asks for: its findings by one of their fields. */
struct rule_tally {
	const char *rule, *field, *title;
	char *key;			/* "by_member" */
	json_t *counts;
};

static struct rule_tally *rule_tallies(json_t *report, size_t *n)
{
	struct rule_tally *t = NULL;
	json_t *rule, *c;
	size_t i, k;

	*n = 0;
	json_array_foreach(json_object_get(report, "rules"), i, rule)
		json_array_foreach(json_object_get(rule, "counts"), k, c) {
			t = realloc(t, (*n + 1) * sizeof(*t));
			if (!t)
				abort();
			t[*n].rule = field(rule, "id");
			t[*n].field = field(c, "field");
			t[*n].title = field(c, "title");
			t[*n].key = xasprintf("by_%s", t[*n].field);
			t[*n].counts = json_object();
			(*n)++;
		}
	return t;
}

static void tally_rules(struct rule_tally *t, size_t n, json_t *f)
{
	const char *rule = field(f, "rule");

	for (size_t i = 0; i < n; i++)
		if (rule && !strcmp(rule, t[i].rule))
			count(t[i].counts, field(f, t[i].field));
}

struct count_item {
	const char *name;
	json_int_t n;
};

static int by_count(const void *a, const void *b)
{
	const struct count_item *x = a, *y = b;

	if (x->n != y->n)
		return x->n > y->n ? -1 : 1;
	return strcmp(x->name, y->name);
}

static void print_counts(FILE *out, const char *title, json_t *counts)
{
	size_t n = json_object_size(counts), i = 0;
	struct count_item *items;
	const char *key;
	json_t *v;

	if (!n)
		return;
	items = calloc(n, sizeof(*items));
	json_object_foreach(counts, key, v)
		items[i++] = (struct count_item){ key, json_integer_value(v) };
	qsort(items, n, sizeof(*items), by_count);
	fprintf(out, "\n%s:\n", title);
	for (i = 0; i < n; i++)
		fprintf(out, "  %7lld  %s\n", (long long)items[i].n, items[i].name);
	free(items);
}

/* "Built: Linux 6.12.117 x86, gcc (Debian 12.2.0-14) 12.2.0 [defconfig]" */
static void print_builds(FILE *out, json_t *builds)
{
	json_t *b;
	size_t i;

	json_array_foreach(builds, i, b) {
		const char *config = json_string_value(json_object_get(b, "config"));

		fprintf(out, "Built: Linux %s %s, %s%s%s%s\n",
			json_string_value(json_object_get(b, "kernel")),
			json_string_value(json_object_get(b, "arch")),
			json_string_value(json_object_get(b, "compiler")),
			config && *config ? " [" : "", config ? config : "",
			config && *config ? "]" : "");
	}
}

/* Units whose macros were gone before the plugin saw them. */
static void print_inputs(FILE *out, json_t *report)
{
	size_t pre = json_array_size(json_object_get(report, "preprocessed_units"));

	if (pre)
		fprintf(out, "From preprocessed input: %zu units (their macro-based sources and macro chains were not seen)\n",
			pre);
}

static json_int_t unit_findings(json_t *findings)
{
	json_int_t total = 0;
	json_t *f;
	size_t i;

	json_array_foreach(findings, i, f) {
		json_t *n = json_object_get(f, "unit_count");

		total += json_is_integer(n) ? json_integer_value(n) : 1;
	}
	return total;
}

/*
 * The allow entries and suppressions of REPORT that covered no finding in
 * the whole build, and the suppressions past their until=.
 */
static json_t *entries(json_t *report, bool expired)
{
	json_t *out = json_array(), *a;
	size_t i;

	json_array_foreach(json_object_get(report, "allowed"), i, a)
		if (expired ? json_is_true(json_object_get(a, "expired")) :
			      !json_integer_value(json_object_get(a, "count")) &&
			      !json_is_true(json_object_get(a, "expired")))
			json_array_append(out, a);
	return out;
}

static void print_entries(FILE *out, const char *title, json_t *list)
{
	json_t *a;
	size_t i;

	if (!json_array_size(list))
		return;
	fprintf(out, "\n%s:\n", title);
	json_array_foreach(list, i, a) {
		const char *until = json_string_value(json_object_get(a, "until"));

		fprintf(out, "  %s  %s  %s%s%s\n",
			json_string_value(json_object_get(a, "entry")),
			json_string_value(json_object_get(a, "rule")),
			json_string_value(json_object_get(a, "reason")),
			until ? "  until=" : "", until ? until : "");
	}
}

static const char summary_usage[] =
"Usage: " PROG " summary [-o FILE] [--json] [--maintainers MAINTAINERS] REPORT\n"
"\n"
"Count the distinct findings of REPORT per rule, per the fields each rule\n"
"says its findings are counted by (page-member: member, access;\n"
"nonfolio-conversion: memory), per directory and build; with\n"
"--maintainers, per MAINTAINERS section (F:, X:, N: patterns; a path goes\n"
"to its most specific section).\n"
"\n"
"  -m, --maintainers FILE  the kernel's MAINTAINERS file\n"
"  -j, --json              the counts as JSON\n"
"  -o, --output FILE       write to FILE (atomically), not stdout\n";

static const struct command_spec summary_spec = {
	summary_usage, "ojm", "", 1, 1,
	"give one REPORT",
};

int cmd_summary(int argc, char **argv)
{
	struct common_opts o;
	struct maintainers *m = NULL;
	json_t *counts[NR_TALLIES];
	struct rule_tally *rt;
	size_t nr_rt;
	int status, ret;
	json_t *report, *findings, *f, *doc;
	size_t i;

	if (parse_command(argc, argv, &summary_spec, &o, &status))
		return status;
	report = read_report(argv[o.first]);
	if (!report || (o.maintainers && !(m = maintainers_load(o.maintainers)))) {
		json_decref(report);
		return EXIT_BAD_INPUT;
	}
	for (i = 0; i < NR_TALLIES; i++)
		counts[i] = json_object();
	rt = rule_tallies(report, &nr_rt);
	findings = json_object_get(report, "findings");
	json_array_foreach(findings, i, f) {
		tally_finding(counts, f, m);
		tally_rules(rt, nr_rt, f);
	}
	doc = json_object();
	json_object_set_new(doc, "findings", json_integer(json_array_size(findings)));
	json_object_set_new(doc, "unit_findings", json_integer(unit_findings(findings)));
	json_object_set(doc, "units", json_object_get(report, "units"));
	json_object_set(doc, "builds", json_object_get(report, "builds"));
	json_object_set_new(doc, "preprocessed_units", json_integer(
		json_array_size(json_object_get(report, "preprocessed_units"))));
	json_object_set_new(doc, "unused_entries", entries(report, false));
	json_object_set_new(doc, "expired_suppressions", entries(report, true));
	for (i = 0; i < NR_TALLIES; i++)
		json_object_set_new(doc, tallies[i].key, counts[i]);
	for (i = 0; i < nr_rt; i++)
		json_object_set_new(doc, rt[i].key, rt[i].counts);
	if (o.json) {
		ret = write_json(o.output, doc);
	} else {
		char *buf = NULL;
		size_t len = 0;
		FILE *out = open_memstream(&buf, &len);

		fprintf(out, "foliocheck summary of %s: %zu distinct findings (%lld in all units), %lld units\n",
			argv[o.first], json_array_size(findings),
			(long long)unit_findings(findings),
			(long long)json_integer_value(json_object_get(report, "units")));
		print_builds(out, json_object_get(report, "builds"));
		print_inputs(out, report);
		print_counts(out, tallies[BY_RULE].title, counts[BY_RULE]);
		for (i = 0; i < nr_rt; i++)
			print_counts(out, rt[i].title, rt[i].counts);
		for (i = BY_RULE + 1; i < NR_TALLIES; i++)
			print_counts(out, tallies[i].title, counts[i]);
		print_entries(out, "Allow entries and suppressions that covered no finding",
			      json_object_get(doc, "unused_entries"));
		print_entries(out, "Suppressions past their until= (they suppress nothing)",
			      json_object_get(doc, "expired_suppressions"));
		fclose(out);
		ret = write_output(o.output, buf, len);
		free(buf);
	}
	json_decref(doc);
	json_decref(report);
	for (i = 0; i < nr_rt; i++)
		free(rt[i].key);
	free(rt);
	maintainers_free(m);
	return ret ? EXIT_BAD_INPUT : EXIT_CLEAN;
}
