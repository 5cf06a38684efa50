// SPDX-License-Identifier: GPL-3.0-or-later
/*
 * diff.c - "diff OLD NEW" and "gate --baseline OLD NEW".  Findings are
 * matched by fingerprint, which has no line number in it: lines added above
 * a finding, or a function moved, do not make it new.
 */
#include <stdlib.h>
#include <string.h>

#include "report.h"

static json_t *index_findings(json_t *findings)
{
	json_t *index = json_object(), *f;
	size_t i;

	json_array_foreach(findings, i, f)
		json_object_set(index, json_string_value(json_object_get(f, "fingerprint")), f);
	return index;
}

static json_t *by_fingerprint(json_t *report)
{
	return index_findings(json_object_get(report, "findings"));
}

/* The findings of A whose fingerprint B lacks (or has, if SHARED). */
static json_t *select_findings(json_t *a, json_t *b_index, bool shared)
{
	json_t *out = json_array(), *f;
	size_t i;

	json_array_foreach(json_object_get(a, "findings"), i, f) {
		const char *fp = json_string_value(json_object_get(f, "fingerprint"));

		if (!!json_object_get(b_index, fp) == shared)
			json_array_append(out, f);
	}
	return out;
}

int compare_reports(const char *old_path, const char *new_path,
		    struct comparison *c)
{
	json_t *old_index, *new_index;

	c->old = read_report(old_path);
	c->now = c->old ? read_report(new_path) : NULL;
	if (!c->now) {
		json_decref(c->old);
		return -1;
	}
	old_index = by_fingerprint(c->old);
	new_index = by_fingerprint(c->now);
	c->added = select_findings(c->now, old_index, false);
	c->fixed = select_findings(c->old, new_index, false);
	c->unchanged = select_findings(c->now, old_index, true);
	json_decref(old_index);
	json_decref(new_index);
	return 0;
}

void release_comparison(struct comparison *c)
{
	json_decref(c->old);
	json_decref(c->now);
	json_decref(c->added);
	json_decref(c->fixed);
	json_decref(c->unchanged);
}

static void print_findings(FILE *out, json_t *findings, const char *prefix)
{
	json_t *f;
	size_t i;

	json_array_foreach(findings, i, f) {
		char *line = finding_line(f);

		fprintf(out, "%s%s\n", prefix, line);
		free(line);
	}
}

/* Run TEXT_FN into a memory stream and write the result out. */
static int emit_text(const char *path, void (*text_fn)(FILE *, struct comparison *),
		     struct comparison *c)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *out = open_memstream(&buf, &len);
	int ret;

	if (!out)
		abort();
	text_fn(out, c);
	fclose(out);
	ret = write_output(path, buf, len);
	free(buf);
	return ret;
}

static void diff_text(FILE *out, struct comparison *c)
{
	fprintf(out, "foliocheck diff: %zu new, %zu fixed, %zu unchanged\n",
		json_array_size(c->added), json_array_size(c->fixed),
		json_array_size(c->unchanged));
	if (json_array_size(c->added)) {
		fprintf(out, "\nNew:\n");
		print_findings(out, c->added, "+ ");
	}
	if (json_array_size(c->fixed)) {
		fprintf(out, "\nFixed:\n");
		print_findings(out, c->fixed, "- ");
	}
}

static const char diff_usage[] =
"Usage: " PROG " diff [-o FILE] [--json] OLD NEW\n"
"\n"
"New, fixed and unchanged findings between two reports (build reports or\n"
"unit reports), matched by fingerprint.\n"
"\n"
"  -o, --output FILE   write to FILE (atomically), not stdout\n"
"  -j, --json          JSON {\"new\": [...], \"fixed\": [...], \"unchanged\": [...]}\n";

static const struct command_spec diff_spec = {
	diff_usage, "oj", "", 2, 2,
	"give OLD and NEW reports",
};

int cmd_diff(int argc, char **argv)
{
	struct common_opts o;
	struct comparison c;
	int status, ret;

	if (parse_command(argc, argv, &diff_spec, &o, &status))
		return status;
	if (compare_reports(argv[o.first], argv[o.first + 1], &c))
		return EXIT_BAD_INPUT;
	if (o.json) {
		json_t *doc = json_object();

		json_object_set(doc, "new", c.added);
		json_object_set(doc, "fixed", c.fixed);
		json_object_set(doc, "unchanged", c.unchanged);
		ret = write_json(o.output, doc);
		json_decref(doc);
	} else {
		ret = emit_text(o.output, diff_text, &c);
	}
	release_comparison(&c);
	return ret ? EXIT_BAD_INPUT : EXIT_CLEAN;
}

/* The kernel test robot's layout: all findings, the new ones marked >>. */
static void gate_text(FILE *out, struct comparison *c)
{
	json_t *all = json_object_get(c->now, "findings"), *f;
	json_t *added = index_findings(c->added);
	size_t n = json_array_size(c->added), i;

	if (!n) {
		fprintf(out, "foliocheck gate: no new findings (baseline %zu, now %zu)\n",
			json_array_size(json_object_get(c->old, "findings")),
			json_array_size(all));
		json_decref(added);
		return;
	}
	fprintf(out, "foliocheck gate: %zu new finding%s (baseline %zu, now %zu)\n\n",
		n, n == 1 ? "" : "s",
		json_array_size(json_object_get(c->old, "findings")),
		json_array_size(all));
	fprintf(out, "All findings (new ones prefixed by >>):\n\n");
	json_array_foreach(all, i, f) {
		const char *fp = json_string_value(json_object_get(f, "fingerprint"));
		char *line = finding_line(f);

		fprintf(out, "%s %s\n", json_object_get(added, fp) ? ">>" : "  ", line);
		free(line);
	}
	json_decref(added);
}

/*
 * GitHub Actions workflow commands: "::error file=F,line=L,col=C,title=T::M".
 * The message escapes %, CR and LF; properties ':' and ',' too.
 */
static void github_escaped(FILE *out, const char *s, bool property)
{
	for (; s && *s; s++) {
		if (*s == '%')
			fputs("%25", out);
		else if (*s == '\r')
			fputs("%0D", out);
		else if (*s == '\n')
			fputs("%0A", out);
		else if (property && *s == ':')
			fputs("%3A", out);
		else if (property && *s == ',')
			fputs("%2C", out);
		else
			fputc(*s, out);
	}
}

static void gate_github(FILE *out, struct comparison *c)
{
	json_t *f;
	size_t i;

	json_array_foreach(c->added, i, f) {
		char *title = xasprintf("foliocheck %s",
					json_string_value(json_object_get(f, "rule")));

		fputs("::error file=", out);
		github_escaped(out, json_string_value(json_object_get(f, "file")), true);
		fprintf(out, ",line=%lld,col=%lld,title=",
			(long long)json_integer_value(json_object_get(f, "line")),
			(long long)json_integer_value(json_object_get(f, "column")));
		github_escaped(out, title, true);
		fputs("::", out);
		github_escaped(out, json_string_value(json_object_get(f, "message")), false);
		fputc('\n', out);
		free(title);
	}
}

static const char gate_usage[] =
"Usage: " PROG " gate --baseline OLD [-o FILE] [--format FORMAT] NEW\n"
"\n"
"Fail only on findings the baseline does not have: exit 0 when nothing is\n"
"new, 1 when something is, 2 on bad input.\n"
"\n"
"  -b, --baseline OLD  the report to compare with (required)\n"
"  -f, --format FORMAT how to list them:\n"
"                        robot   all findings, the new ones prefixed by >> (the\n"
"                                kernel test robot's layout; the default)\n"
"                        github  one workflow command per new finding\n"
"                                (::error file=...,line=...::message)\n"
"                        sarif   SARIF 2.1.0 of the new findings alone\n"
"  -o, --output FILE   write the listing to FILE (atomically), not stdout\n";

static const struct command_spec gate_spec = {
	gate_usage, "obf", "b", 1, 1,
	"give --baseline OLD and one NEW report",
};

static int gate_sarif(const char *path, struct comparison *c)
{
	json_t *doc = sarif_log(c->now, sarif_results(c->added, "new"));
	int ret = write_json(path, doc);

	json_decref(doc);
	return ret;
}

int cmd_gate(int argc, char **argv)
{
	struct common_opts o;
	struct comparison c;
	const char *format;
	int status, ret;
	size_t added;

	if (parse_command(argc, argv, &gate_spec, &o, &status))
		return status;
	format = o.format ? o.format : "robot";
	if (strcmp(format, "robot") && strcmp(format, "github") && strcmp(format, "sarif")) {
		error_msg("gate: --format '%s': robot, github or sarif", format);
		return EXIT_BAD_INPUT;
	}
	if (compare_reports(o.baseline, argv[o.first], &c))
		return EXIT_BAD_INPUT;
	if (!strcmp(format, "sarif"))
		ret = gate_sarif(o.output, &c);
	else
		ret = emit_text(o.output, strcmp(format, "github") ? gate_text : gate_github, &c);
	added = json_array_size(c.added);
	release_comparison(&c);
	if (ret)
		return EXIT_BAD_INPUT;
	return added ? EXIT_NEW_FINDINGS : EXIT_CLEAN;
}
