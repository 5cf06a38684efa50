// SPDX-License-Identifier: GPL-3.0-or-later
/*
 * summaries.c - "summaries REPORT": the inferred sinks and sources of a
 * build report alone, for -fplugin-arg-foliocheck-summaries= in a second
 * pass.  Every compile of that pass reads the file: a whole-kernel report
 * (a megabyte) costs each compile more than the compile, the summaries
 * (a few kilobytes) nothing measurable.
 */
#include "report.h"

static const char summaries_usage[] =
"Usage: " PROG " summaries [-o FILE] REPORT\n"
"\n"
"Write the summaries of REPORT (the functions of the build that convert a\n"
"page argument or return non-folio pages) as a report of their own, for\n"
"-fplugin-arg-foliocheck-summaries=FILE in a second build.\n"
"\n"
"  -o, --output FILE   write to FILE (atomically), not stdout\n";

static const struct command_spec summaries_spec = {
	summaries_usage, "o", "", 1, 1,
	"give one REPORT",
};

int cmd_summaries(int argc, char **argv)
{
	struct common_opts o;
	json_t *report, *doc, *sums;
	int status, ret;

	if (parse_command(argc, argv, &summaries_spec, &o, &status))
		return status;
	report = read_report(argv[o.first]);
	if (!report)
		return EXIT_BAD_INPUT;
	sums = json_object_get(report, "summaries");
	doc = json_pack("{s:s,s:s,s:i,s:[],s:O}", "tool", PROG,
			"version", PACKAGE_VERSION, "schema", BUILD_SCHEMA,
			"findings", "summaries",
			sums ? sums : json_pack("{s:[],s:[]}", "sinks", "sources"));
	ret = write_json(o.output, doc);
	json_decref(doc);
	json_decref(report);
	return ret ? EXIT_BAD_INPUT : EXIT_CLEAN;
}
