/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * foliocheck.h - the small core that checks plug into.
 *
 * The core owns the plugin arguments, the annotation data, locating and
 * emitting findings, and the JSON report.  It knows nothing about any one
 * check: a check is a check_*.cc file that registers hooks from its
 * register function (listed in foliocheck.cc) and hands findings to
 * fc_report().
 */
#ifndef FOLIOCHECK_H
#define FOLIOCHECK_H

#include <fnmatch.h>
#include <jansson.h>
#include "gcc-compat.h"
#include "../common/unit-format.h"

/*
 * Every error of the plugin starts "foliocheck: ", in one place; a macro,
 * so that GCC's own directives (%qs, %qD) and format checking stay.
 */
#define fc_error(fmt, ...)	error("foliocheck: " fmt, ##__VA_ARGS__)

/* What the user asked for with -fplugin-arg-foliocheck-KEY[=VALUE]. */
struct fc_options {
	const char *annotations;	/* annotation file in use */
	const char *stage;		/* stage name, or "all" */
	const char *report;		/* one JSON file for this unit */
	const char *report_dir;		/* one JSON file per unit below it */
	const char *checks;		/* comma-separated rule ids, or NULL */
	const char *root;		/* paths below it are made relative */
	bool werror;			/* findings are errors */
	bool quiet;			/* findings go to the report only */
	bool headers_report;		/* header findings: report only */
	bool object_section;		/* findings into the object too */
	bool census;			/* record every page->folio conversion */
	const char *summaries;		/* build report of an earlier pass */
	const char *baseline;		/* findings that stay quiet */
	const char *suppressions;	/* the user's allow entries */
};

extern struct fc_options fc_opts;

/* The running compiler's version, as plugin_init was told it. */
extern const char *fc_compiler_version;

/* ---- annotations (annotations.cc) ---- */

struct fc_stage {
	char *name;
	char *description;
	unsigned int includes;		/* bit mask of included stages */
};

/* Findings of RULE that code the plan sanctions may keep (allow ...). */
struct fc_allow {
	const char *source;		/* the file it is in */
	char *until;			/* a suppression's expiry, or NULL */
	bool expired;			/* past it: suppresses nothing */
	char *rule;
	char *file;			/* glob on the finding's path, or NULL */
	char *function;			/* enclosing function, or NULL */
	char *macro;			/* a macro in the chain, or NULL */
	char *reason;
	int line;			/* where the entry is, for the report */
	int count;			/* findings it allowed in this unit */
	bool staged;			/* stages= given: applies under those only */
	unsigned int stages;		/* the stages it names (and those including them) */
	bool under_all;			/* stages= names "all" */
	bool active;			/* applies under the selected stage */
};

/* True when comma-separated LIST names NAME. */
bool fc_list_has(const char *list, const char *name);

#define FC_MAX_STAGES	32

/* What the core reads itself: stages and allow entries. */
struct fc_annotations {
	const char *path;
	struct fc_stage stages[FC_MAX_STAGES];
	int nr_stages;
	struct fc_allow *allows;
	int nr_allows;
};

extern struct fc_annotations fc_ann;

bool fc_annotations_load(const char *path);
/* The user's suppressions (allow entries with until=); after the data. */
bool fc_suppressions_load(const char *path);

/* UNTIL is a date or a kernel version; *EXPIRED when it is past. */
bool fc_until_valid(const struct fc_ann_line *l, const char *until, bool *expired);
bool fc_annotations_select_stage(const char *stage);

/* Append ITEM to the growable ARRAY of COUNT elements. */
#define FC_APPEND(array, count, item) do {				\
	(array) = XRESIZEVEC(__typeof__(*(array)), (array), (count) + 1);	\
	(array)[(count)++] = (item);					\
} while (0)

/* ---- directives a check owns (annotations.cc) ---- */

#define FC_ANN_MAX_WORDS	16

/* One line of the data: a directive, positional words, key=value pairs. */
struct fc_ann_line {
	const char *path;
	int lineno;
	int nr_words;
	char *words[FC_ANN_MAX_WORDS];
	char *keys[FC_ANN_MAX_WORDS];	/* NULL for a positional word */
	bool used[FC_ANN_MAX_WORDS];	/* taken by the directive's parser */
};

/*
 * A directive of the data and the check's parser for it.  The parser takes
 * the words it knows with fc_ann_word() and fc_ann_key(); the core then
 * refuses the line if any other word is left.
 */
struct fc_directive {
	const char *name;		/* "member" */
	bool (*parse)(struct fc_ann_line *l);
};

/* Report "FILE:LINE: what" as an error; returns false. */
bool fc_ann_error(const struct fc_ann_line *l, const char *fmt, ...)
	ATTRIBUTE_PRINTF_2;

/* True when the parser took every word; else the error, naming the first. */
bool fc_ann_all_taken(const struct fc_ann_line *l);

/* Positional word I (after the directive), taken; NULL when it is not one. */
char *fc_ann_word(struct fc_ann_line *l, int i);

/* The value of KEY=, taken; NULL when the line has none. */
char *fc_ann_key(struct fc_ann_line *l, const char *key);

/* "a,b" of declared stages (for KEY=) as a mask of them. */
bool fc_ann_stages(const struct fc_ann_line *l, const char *key, char *list,
		   unsigned int *mask);

/* A C identifier; a comma-separated list of them. */
bool fc_valid_identifier(const char *s);
bool fc_valid_name_list(const char *list);

/* A copy of S, or NULL for NULL (an optional key). */
static inline char *fc_dup_optional(const char *s)
{
	return s ? xstrdup(s) : NULL;
}

/* The names of the stages in MASK, as a JSON array. */
json_t *fc_stage_names(unsigned int mask);

/* ---- findings (findings.cc) ---- */

/* One finding as a check sees it; the core resolves the rest. */
struct fc_finding {
	const char *rule;		/* "page-member" */
	location_t loc;			/* may be a virtual (macro) location */
	const char *function;		/* enclosing function's name */
	const char *subject;		/* member or sink name */
	const char *expr;		/* normalised expression text */
	const char *message;		/* without the [foliocheck:RULE] tag */
	json_t *fields;			/* rule-specific JSON fields: a reference
					   fc_report() takes over and releases */
	location_t note_loc;		/* an extra note, or UNKNOWN_LOCATION */
	const char *note;
	bool chain_note;		/* a note naming the macro chain */
};

/*
 * Report F, or count it for the allow entry that covers it.  Either way
 * F->fields is released: the caller hands its reference over.
 */
void fc_report(const struct fc_finding *f);

/*
 * Would a finding of RULE at LOC in FUNCTION be allowed by the data?
 * Counts nothing: for checks whose conclusions travel (a sanctioned
 * conversion does not make its function a sink for the callers).
 */
bool fc_allowed_at(const char *rule, location_t loc, const char *function);

/*
 * Step *LOC out of the innermost macro expansion it is in: sets *NAME to
 * that macro and returns true; false once *LOC is outside any expansion.
 */
bool fc_macro_step(location_t *loc, const char **name);

/* PATH as findings carry it: normalised, relative to root= below it. */
char *fc_normalise_path(const char *path);

/* The order of two expanded locations' files (a missing one as ""). */
static inline int fc_cmp_files(const char *a, const char *b)
{
	return strcmp(a ? a : "", b ? b : "");
}

/* {"file", "line", "column"} of LOC's outermost expansion point. */
json_t *fc_location_json(location_t loc);

/*
 * The unit's findings, in report order, and its allow entries with their
 * counts, as JSON arrays: each call returns a new reference, which the
 * caller releases (or hands to json_object_set_new()).
 */
json_t *fc_findings_json(void);
json_t *fc_allowed_json(void);

/* Put VALUE (stolen) under KEY in the unit's document, beside its findings. */
void fc_document_set(const char *key, json_t *value);

/* Findings new against the baseline: errors, and the compile fails. */
extern int fc_gate_errors;

/* Report the baseline's new findings, kept until the unit ends. */
void fc_report_gate_errors(void);

/*
 * The compile failed on errors other than a baseline's new findings (its
 * own, or foliocheck's under werror): it writes no report.
 */
bool fc_failed_elsewhere(void);

/* ---- baseline (baseline.cc) ---- */

/* Read FILE (a report or a fingerprint list); false after an error. */
bool fc_baseline_load(const char *file);
bool fc_baseline_active(void);
/* FINGERPRINT is among the baseline's. */
bool fc_baseline_has(const char *fingerprint);

/* ---- report (report.cc) ---- */

bool fc_report_check_destination(void);
void fc_report_write(void);
void fc_section_write(void);


/* ---- hooks the core offers to checks (foliocheck.cc) ---- */

typedef void (*fc_function_hook)(tree fndecl);

/*
 * Called for every function body the front end parses, before
 * gimplification: unused static inline functions of headers included, and
 * code in branches that are dead at compile time still present.
 */
void fc_register_generic_hook(fc_function_hook hook);

typedef void (*fc_gimple_hook)(function *fun);

/*
 * Called for every function the middle end compiles, right after it is
 * put into SSA form (the first "ssa" pass) at every -O level: before the
 * early inliner, so always_inline helpers (_compound_head, PageAnon) are
 * still calls, and before any optimisation rewrites member references.
 * Unused static functions are never compiled and never seen here.
 */
void fc_register_gimple_hook(fc_gimple_hook hook);

typedef void (*fc_unit_hook)(void);

/* Called once at the end of the unit, before the report is written. */
void fc_register_unit_end_hook(fc_unit_hook hook);

typedef void (*fc_type_hook)(tree type);

/* Called for every struct and union the front end completes. */
void fc_register_type_hook(fc_type_hook hook);

/*
 * Called for every function the front end declares: at a prototype, and
 * at the end of a definition (before the generic hooks), so before any
 * later call to it is parsed.
 */
void fc_register_function_decl_hook(fc_function_hook hook);

/* ---- what only the front end sees (frontend.cc) ---- */

typedef void (*fc_decl_use_hook)(const void *data, tree decl, location_t loc,
				 tree fndecl);

/*
 * Have HOOK called with DATA for every reference to DECL (a field or a
 * function) the front end parses, before sizeof, typeof, offsetof or a
 * constant condition can fold it out of the trees.  LOC is the line being
 * parsed (a macro call's first line; no column to speak of), FNDECL the
 * function being parsed (NULL_TREE at file scope).  Nothing is printed for
 * it.  Returns false when the compiler offers no way to watch.
 */
bool fc_watch_decl(tree decl, fc_decl_use_hook hook, const void *data);

/*
 * Every reference to a watched declaration in FNDECL's body was handed to
 * its hook, and none will be: a body whose hooks never fired names no
 * watched declaration, and need not be walked.  False when watching
 * failed, and where the compiler hides warnings (gcc-compat.h).
 */
bool fc_watch_complete(tree fndecl);

/*
 * LOC moved into the latest macro expansion on its line whose body spells
 * DECL's name, if any (a reference written in page_private() inside
 * VM_BUG_ON() carries both macros); for a use hook, while it runs.
 */
location_t fc_spelled_location(location_t loc, tree decl);

/* The name a finding gives a function ("<toplevel>" for none). */
const char *fc_function_name(tree fndecl);

/* ---- checks (checks.cc, check_list.h) ---- */

/* A finding field summary counts by, and the title of that count. */
struct fc_rule_count {
	const char *field, *title;
};

/*
 * A rule: what it is called and says (the unit document carries it to
 * foliocheck-report's SARIF and summary), the directives of the data it
 * owns, how it follows the selected stage, and its hooks.
 */
struct fc_check {
	const char *rule;		/* "page-member" */
	const char *name;		/* "PageMemberSlatedForRemoval" */
	const char *summary;		/* one line */
	const char *description;	/* what it finds */
	const char *help;		/* what to do about a finding */
	const struct fc_rule_count *counts;	/* ends with { NULL } */
	const struct fc_directive *directives;	/* ends with { NULL } */
	void (*select_stage)(unsigned int stages);	/* or NULL */
	void (*register_hooks)(void);	/* when the rule is selected */
};

#define FC_CHECK(name) extern const struct fc_check name;
#include "check_list.h"
#undef FC_CHECK

extern const struct fc_check *const fc_checks[];
extern const size_t fc_nr_checks;

/* The check of rule id RULE, or NULL. */
const struct fc_check *fc_check_find(const char *rule);

#endif /* FOLIOCHECK_H */
