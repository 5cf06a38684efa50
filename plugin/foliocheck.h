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

#define FC_TOOL_NAME	"foliocheck"

/* What the user asked for with -fplugin-arg-foliocheck-KEY[=VALUE]. */
struct fc_options {
	const char *annotations;	/* annotation file in use */
	const char *stage;		/* stage name, or "all" */
	const char *report;		/* one JSON file for this unit */
	const char *report_dir;		/* one JSON file per unit below it */
	const char *checks;		/* comma-separated rule ids, or NULL */
	bool werror;			/* findings are errors */
	bool quiet;			/* findings go to the report only */
	bool headers_report;		/* header findings: report only */
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

struct fc_member {
	char *struct_name;		/* "page" for struct page */
	char *member;			/* "index" */
	char *advice;			/* replacement advice */
	char *renamed;			/* later name, or NULL */
	unsigned int stages;		/* bit mask of stages slating it */
	bool active;			/* slated by the selected stage */
};

/* Findings of RULE that code the plan sanctions may keep (allow ...). */
struct fc_allow {
	char *rule;
	char *file;			/* glob on the finding's path, or NULL */
	char *function;			/* enclosing function, or NULL */
	char *macro;			/* a macro in the chain, or NULL */
	char *reason;
	int line;			/* where the entry is, for the report */
	int count;			/* findings it allowed in this unit */
};

#define FC_MAX_STAGES	32

struct fc_annotations {
	const char *path;
	struct fc_stage stages[FC_MAX_STAGES];
	int nr_stages;
	struct fc_member *members;
	int nr_members;
	struct fc_allow *allows;
	int nr_allows;
};

extern struct fc_annotations fc_ann;

bool fc_annotations_load(const char *path);
bool fc_annotations_select_stage(const char *stage);

/* ---- findings (findings.cc) ---- */

/* One finding as a check sees it; the core resolves the rest. */
struct fc_finding {
	const char *rule;		/* "page-member" */
	location_t loc;			/* may be a virtual (macro) location */
	tree function;			/* enclosing FUNCTION_DECL */
	const char *subject;		/* member or sink name */
	const char *expr;		/* normalised expression text */
	const char *message;		/* without the [foliocheck:RULE] tag */
	json_t *fields;			/* rule-specific JSON fields, stolen */
};

void fc_report(const struct fc_finding *f);

/* The unit's findings, in report order, as a JSON array. */
json_t *fc_findings_json(void);
int fc_findings_count(void);
json_t *fc_allowed_json(void);

/* ---- report (report.cc) ---- */

bool fc_report_check_destination(void);
void fc_report_write(void);

/* True for a rule id some check of this plugin implements. */
bool fc_rule_known(const char *rule);

/* ---- hooks the core offers to checks (foliocheck.cc) ---- */

typedef void (*fc_function_hook)(tree fndecl);

/*
 * Called for every function body the front end parses, before
 * gimplification: unused static inline functions of headers included, and
 * code in branches that are dead at compile time still present.
 */
void fc_register_generic_hook(fc_function_hook hook);

/* ---- checks ---- */

void check_page_member_register(void);

#endif /* FOLIOCHECK_H */
