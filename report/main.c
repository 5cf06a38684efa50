// SPDX-License-Identifier: GPL-3.0-or-later
/*
 * foliocheck-report - turn the findings of a build into one report, and
 * compare, gate, export and summarise reports.
 */
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "report.h"

static const char usage_text[] =
"Usage: " PROG " COMMAND [OPTION...] ARG...\n"
"\n"
"Commands:\n"
"  collect DIR|FILE...       one report from objects (.o/.ko, their .discard.foliocheck\n"
"                            section) and side reports (*.foliocheck.json)\n"
"  merge REPORT...           combine reports of several configs or architectures\n"
"  diff OLD NEW              new, fixed and unchanged findings (by fingerprint)\n"
"  gate --baseline OLD NEW   exit 1 when NEW has findings OLD has not\n"
"  baseline REPORT...        their fingerprints, for -fplugin-arg-foliocheck-baseline=\n"
"  sarif REPORT              SARIF 2.1.0\n"
"  summary REPORT            counts per rule, member, directory, subsystem\n"
"  census REPORT             page->folio conversions by what the page is\n"
"  summaries REPORT          the inferred sinks and sources alone, for a second pass\n"
"  history add|list          the nights of a nightly bot, kept in a directory\n"
"  html HIST -o DIR          the nightly page: burn-down, projections, what is new\n"
"  mail --baseline OLD NEW   one mail per MAINTAINERS section with new findings\n"
"\n"
"'" PROG " COMMAND --help' describes a command's options.\n"
"Exit status: 0 success, 1 gate found new findings, 2 bad input.\n";

static bool parse_options(int argc, char **argv, const struct command_spec *spec,
			  struct common_opts *o, int *status)
{
	static const struct option longopts[] = {
		{ "output", required_argument, NULL, 'o' },
		{ "baseline", required_argument, NULL, 'b' },
		{ "config", required_argument, NULL, 'c' },
		{ "maintainers", required_argument, NULL, 'm' },
		{ "json", no_argument, NULL, 'j' },
		{ "exclude", required_argument, NULL, 'x' },
		{ "remote-count", no_argument, NULL, 'r' },
		{ "dir", required_argument, NULL, 'd' },
		{ "date", required_argument, NULL, 't' },
		{ "label", required_argument, NULL, 'l' },
		{ "window", required_argument, NULL, 'w' },
		{ "format", required_argument, NULL, 'f' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	int c;

	optind = 1;
	opterr = 0;
	while ((c = getopt_long(argc, argv, "o:b:c:m:jx:rd:t:l:w:f:h", longopts, NULL)) != -1) {
		if (c == 'h') {
			fputs(spec->usage, stdout);
			*status = EXIT_CLEAN;
			return true;
		}
		if (c == '?' || c == ':' || !strchr(spec->options, c)) {
			error_msg("%s: unknown or incomplete option '%s' (see '%s %s --help')",
				  argv[0], argv[optind - 1], PROG, argv[0]);
			*status = EXIT_BAD_INPUT;
			return true;
		}
		switch (c) {
		case 'o': o->output = optarg; break;
		case 'b': o->baseline = optarg; break;
		case 'c': o->config = optarg; break;
		case 'm': o->maintainers = optarg; break;
		case 'j': o->json = true; break;
		case 'r': o->remote_count = true; break;
		case 'd': o->dir = optarg; break;
		case 't': o->date = optarg; break;
		case 'l': o->label = optarg; break;
		case 'w': o->window = optarg; break;
		case 'f': o->format = optarg; break;
		case 'x':
			o->excludes = realloc(o->excludes,
					      (o->nr_excludes + 1) * sizeof(*o->excludes));
			if (!o->excludes)
				abort();
			o->excludes[o->nr_excludes++] = optarg;
			break;
		}
	}
	o->first = optind;
	return false;
}

/* Every option REQUIRED names (by its short letter) was given. */
static bool required_given(const char *required, const struct common_opts *o)
{
	for (; *required; required++) {
		const char *value = *required == 'b' ? o->baseline :
				    *required == 'd' ? o->dir :
				    *required == 'm' ? o->maintainers :
				    *required == 'o' ? o->output : "";

		if (!value)
			return false;
	}
	return true;
}

bool parse_command(int argc, char **argv, const struct command_spec *spec,
		   struct common_opts *o, int *status)
{
	int n;

	memset(o, 0, sizeof(*o));
	if (parse_options(argc, argv, spec, o, status))
		return true;
	n = argc - o->first;
	if (n < spec->min_operands ||
	    (spec->max_operands >= 0 && n > spec->max_operands) ||
	    !required_given(spec->required, o)) {
		error_msg("%s: %s (see '%s %s --help')", argv[0], spec->operands,
			  PROG, argv[0]);
		*status = EXIT_BAD_INPUT;
		return true;
	}
	return false;
}

static const struct {
	const char *name;
	int (*run)(int argc, char **argv);
} commands[] = {
	{ "collect", cmd_collect },
	{ "merge", cmd_merge },
	{ "diff", cmd_diff },
	{ "gate", cmd_gate },
	{ "sarif", cmd_sarif },
	{ "summary", cmd_summary },
	{ "census", cmd_census },
	{ "summaries", cmd_summaries },
	{ "history", cmd_history },
	{ "html", cmd_html },
	{ "mail", cmd_mail },
	{ "baseline", cmd_baseline },
};

int main(int argc, char **argv)
{
	if (argc < 2) {
		fputs(usage_text, stderr);
		return EXIT_BAD_INPUT;
	}
	if (!strcmp(argv[1], "--help") || !strcmp(argv[1], "-h")) {
		fputs(usage_text, stdout);
		return EXIT_CLEAN;
	}
	if (!strcmp(argv[1], "--version")) {
		printf("%s %s\n", PROG, PACKAGE_VERSION);
		return EXIT_CLEAN;
	}
	for (size_t i = 0; i < sizeof(commands) / sizeof(commands[0]); i++)
		if (!strcmp(argv[1], commands[i].name))
			return commands[i].run(argc - 1, argv + 1);
	error_msg("unknown command '%s' (see '%s --help')", argv[1], PROG);
	return EXIT_BAD_INPUT;
}
