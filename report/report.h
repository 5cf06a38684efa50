/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * report.h - foliocheck-report: one report per build from the findings
 * the plugin left in objects (.discard.foliocheck sections) and side reports.
 */
#ifndef FOLIOCHECK_REPORT_H
#define FOLIOCHECK_REPORT_H

#include <stdbool.h>
#include <stdio.h>
#include <jansson.h>

#include "../common/unit-format.h"
#include "../common/xasprintf.h"

#define PROG		FC_REPORT_TOOL_NAME
#define BUILD_SCHEMA	FC_BUILD_SCHEMA

enum exit_code {
	EXIT_CLEAN = 0,
	EXIT_NEW_FINDINGS = 1,	/* gate: something is new */
	EXIT_BAD_INPUT = 2,	/* usage, unreadable or invalid input */
};

/* "foliocheck-report: WHAT" on stderr. */
void error_msg(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void warning_msg(const char *fmt, ...) __attribute__((format(printf, 1, 2)));


/* ---- input (input.c, elf.c) ---- */

/* A unit document checked against the plugin's schema; WHERE names it. */
bool unit_doc_valid(json_t *doc, const char *where);

/* Parse the JSON documents in BUF (one or more, as "ld -r" concatenates). */
int parse_documents(const char *buf, size_t len, const char *where,
		    json_t *docs);

/*
 * Read an object's .discard.foliocheck section into DOCS.  Returns 1 when the
 * object has one, 0 when it was compiled by GCC without the plugin, -1 on
 * error (message printed), and sets *not_c for objects that did not come
 * from a C compile (assembler objects carry no .comment).
 */
int read_object(const char *path, json_t *docs, bool *not_c);

/* A whole JSON file; NULL after a message. */
json_t *read_json_file(const char *path);

/* A build report, or a unit document turned into one; NULL on error. */
json_t *read_report(const char *path);

/*
 * {"kernel", "arch", "compiler"} of the kernel build DIR belongs to (its
 * .config, in DIR or above), or NULL when there is none.
 */
json_t *tree_build(const char *dir);

/* ---- aggregation (build.c) ---- */

struct builder {
	json_t *findings;	/* fingerprint -> finding, with unit/config sets */
	json_t *units;		/* unit -> true */
	json_t *allowed;	/* "rule\nentry" -> entry */
	json_t *without;	/* objects compiled without the plugin */
	json_t *configs;	/* config -> true */
	json_t *sinks;		/* "function\targ" -> inferred sink */
	json_t *sources;	/* function -> inferred source */
	json_t *census;		/* "file:line:column:sink" -> conversion */
	bool has_census;	/* some unit recorded its conversions */
	json_t *builds;		/* build id -> build */
	size_t nr_remote;	/* unit documents a build farm compiled */
	json_t *rules;		/* what each rule is, in first-seen order */
	json_t *preprocessed;	/* units compiled from preprocessed input */
	const char *unit_build;	/* the id of the build of the units added now */
};

void builder_init(struct builder *b);
void builder_add_unit(struct builder *b, json_t *doc, const char *config);
void builder_add_report(struct builder *b, json_t *report, const char *config);
json_t *builder_finish(struct builder *b);

/*
 * The build (tree_build()) the units of CONFIG came from; returns its id,
 * "6.12.57/x86/defconfig/gcc-12.2.0", which findings list (valid until
 * builder_finish()).
 */
const char *builder_add_build(struct builder *b, json_t *build, const char *config);

/* Findings of a build report sorted by file, line, column, rule. */
int compare_findings(const void *a, const void *b);

/* ---- output (output.c) ---- */

/* Write TEXT to PATH atomically (temp file + rename), or to stdout. */
int write_output(const char *path, const char *text, size_t len);
int write_json(const char *path, json_t *doc);

/* "file:line:col: warning: message [foliocheck:rule]" */
char *finding_line(json_t *finding);

/* "mm/zsmalloc.c" -> "mm"; "fs/ext4/inode.c" -> "fs/ext4" (malloc'd). */
char *directory(const char *file);

/* ---- comparing two reports (diff.c) ---- */

struct comparison {
	json_t *old, *now;
	json_t *added, *fixed, *unchanged;	/* sorted arrays */
};

/* Findings of NEW_PATH against OLD_PATH, by fingerprint; -1 after a message. */
int compare_reports(const char *old_path, const char *new_path,
		    struct comparison *c);
void release_comparison(struct comparison *c);

/* ---- SARIF (sarif.c) ---- */

/* FINDINGS as SARIF results, each with baselineState STATE (or none). */
json_t *sarif_results(json_t *findings, const char *state);

/* A SARIF 2.1.0 log of REPORT's rules and RESULTS (which it takes). */
json_t *sarif_log(json_t *report, json_t *results);

/* ---- subcommands ---- */

int cmd_collect(int argc, char **argv);
int cmd_merge(int argc, char **argv);
int cmd_diff(int argc, char **argv);
int cmd_gate(int argc, char **argv);
int cmd_sarif(int argc, char **argv);
int cmd_summary(int argc, char **argv);
int cmd_census(int argc, char **argv);
int cmd_summaries(int argc, char **argv);
int cmd_history(int argc, char **argv);
int cmd_html(int argc, char **argv);
int cmd_mail(int argc, char **argv);
int cmd_baseline(int argc, char **argv);

/* The index of the history in DIR (history.c); NULL after a message. */
json_t *history_index(const char *dir);

/* A night's fingerprints as a set (an object of them, each true). */
json_t *night_fingerprints(json_t *night);

/* How many keys of set FROM set IN lacks. */
size_t count_missing(json_t *from, json_t *in);

/* What a subcommand accepts. */
struct command_spec {
	const char *usage;		/* its --help text */
	const char *options;		/* short letters it takes: "ob" */
	const char *required;		/* letters it cannot do without */
	int min_operands, max_operands;	/* max -1: no limit */
	const char *operands;		/* what to say when they are wrong */
};

struct common_opts {
	const char *output;
	const char *baseline;
	const char *config;
	const char *maintainers;
	const char *dir;		/* history: --dir */
	const char *date;		/* history add: --date */
	const char *label;		/* history add: --label */
	const char *window;		/* html: --window */
	const char *format;		/* gate: --format */
	bool json;
	bool remote_count;		/* collect: say how many units a farm compiled */
	char **excludes;		/* --exclude GLOBs */
	size_t nr_excludes;
	int first;			/* index of the first operand */
};

/*
 * Parse a subcommand's options and check its operands.  Returns true
 * when the command should stop (--help, or a usage error already
 * reported), with its exit status in *status.
 */
bool parse_command(int argc, char **argv, const struct command_spec *spec,
		   struct common_opts *o, int *status);

#endif /* FOLIOCHECK_REPORT_H */
