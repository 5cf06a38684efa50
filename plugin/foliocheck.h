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
	bool staged;			/* stages= given: applies under those only */
	unsigned int stages;		/* the stages it names (and those including them) */
	bool under_all;			/* stages= names "all" */
	bool active;			/* applies under the selected stage */
};

/* What is known of a page's memory (rule nonfolio-conversion). */
enum fc_memory_class {
	FC_MEMORY_NONFOLIO,		/* no folio under the plan: a finding */
	FC_MEMORY_FOLIO,		/* a folio's page: never a finding */
	FC_MEMORY_RUNTIME,		/* folio or not depends on the run */
	FC_NR_MEMORY_CLASSES
};

/* "nonfolio", "folio", "runtime": the data's class= and the census's. */
extern const char *const fc_memory_class_names[FC_NR_MEMORY_CLASSES];

struct fc_memory {
	char *name;			/* "vmalloc" */
	char *noun;			/* "vmalloc page" */
	char *why;			/* what the plan says, or NULL */
	enum fc_memory_class memory_class;
	unsigned int stages;		/* stages it breaks at; 0: always */
	bool active;			/* selected by the stage */
};

/* Where non-folio pages come from (rule nonfolio-conversion). */
enum fc_source_by {
	FC_SOURCE_FUNCTION,		/* a call's result */
	FC_SOURCE_MACRO,		/* a value made in a macro expansion */
	FC_SOURCE_TYPE,			/* a pointer to this struct or typedef */
	FC_SOURCE_FIELD,		/* loaded from STRUCT.FIELD (or its elements) */
};

struct fc_source {
	enum fc_source_by by;
	char *name;
	char *memory;			/* pagetable, slab, zsmalloc, bare, ... */
	char *argtypes;			/* macro: "pte_t,pmd_t" or NULL */
	char *argfrom;			/* macro: "kmalloc,kzalloc" or NULL */
	char *from;			/* summary of another unit: its source */
};

/* A function that converts its page argument to a folio. */
struct fc_sink {
	char *function;
	int arg;
	bool folio_result;		/* only when its result becomes a folio */
};

/* The memory kind NAME declared by a "memory" line, or NULL. */
const struct fc_memory *fc_memory_find(const char *name);

/* True when comma-separated LIST names NAME. */
bool fc_list_has(const char *list, const char *name);

#define FC_MAX_STAGES	32

struct fc_annotations {
	const char *path;
	struct fc_stage stages[FC_MAX_STAGES];
	int nr_stages;
	struct fc_member *members;
	int nr_members;
	struct fc_allow *allows;
	int nr_allows;
	struct fc_source *sources;
	int nr_sources;
	struct fc_sink *sinks;
	int nr_sinks;
	struct fc_memory *memories;
	int nr_memories;
};

extern struct fc_annotations fc_ann;

bool fc_annotations_load(const char *path);
bool fc_annotations_select_stage(const char *stage);

/* Sinks and sources another pass inferred for functions of other units. */
void fc_add_sink(const char *function, int arg);
void fc_add_function_source(const char *function, const char *memory,
			    const char *from);

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

/* ---- report (report.cc) ---- */

bool fc_report_check_destination(void);
void fc_report_write(void);
void fc_section_write(void);

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

/* ---- what only the front end sees (frontend.cc) ---- */

typedef void (*fc_field_use_hook)(const void *data, location_t loc, tree fndecl);

/*
 * Have HOOK called with DATA for every reference to FIELD the front end
 * parses, before sizeof, typeof, offsetof or a constant condition can fold
 * it out of the trees.  LOC is the line being parsed (a macro call's first
 * line; no column to speak of), FNDECL the function being parsed
 * (NULL_TREE at file scope).  Nothing is printed for it.  Returns false
 * when the compiler offers no way to watch (GCC 11).
 */
bool fc_watch_field(tree field, fc_field_use_hook hook, const void *data);

/* The name a finding gives a function ("<toplevel>" for none). */
const char *fc_function_name(tree fndecl);

/* ---- checks ---- */

void check_page_member_register(void);
void check_nonfolio_register(void);

#endif /* FOLIOCHECK_H */
