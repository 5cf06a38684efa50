/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * check_page_api.cc - rule "page-api": calls of the page-based wrappers
 * the folio conversion is retiring, each with its folio replacement and
 * the stage (or release) that retires it.
 *
 * Before:				After:
 *	lock_page(page);		folio_lock(folio);
 *	if (PageAnon(page))		if (folio_test_anon(folio))
 *	mapping = page_mapping(page);	mapping = folio_mapping(folio);
 *
 * The wrappers come from the data ("api NAME advice=... stages=..."), so a
 * tree that has already lost one (page_mapping() is gone from 6.12) simply
 * never calls it.  The walk runs on each function's GENERIC, like
 * page-member: unused static inline helpers of headers and dead branches
 * are seen, a call written in a macro is reported where the macro is
 * used, and a call in a header's helper where the helper is.  A wrapper's
 * own body (lock_page() calling trylock_page()) is part of what retires,
 * not a user of it, and is not reported.
 *
 * The front end names the bodies to walk: each wrapper is watched from its
 * declaration on (fc_watch_decl), and a body where no wrapper was named
 * calls none.  (A call before the wrapper's first declaration, which only
 * an implicit declaration allows, is not seen.)
 */
#include "foliocheck.h"

#define RULE	"page-api"

/*
 * "api NAME advice=... stages=... [retired=...] [cite=...]"; cite= names
 * the discussion behind the entry, for the reader of the data.
 */
struct api {
	char *name;			/* "lock_page" */
	char *advice;			/* "folio_lock(folio)" */
	char *retired;			/* the release that removed it, or NULL */
	unsigned int stages;		/* stages that retire it */
	bool active;			/* retired by the selected stage */
};

static struct api *apis;
static int nr_apis;

/* The active wrappers by identifier: asked at every function declared. */
static hash_map<tree, const struct api *> *active_by_id;

static const struct api *api_named(tree id)
{
	const struct api **a = id ? active_by_id->get(id) : NULL;

	return a ? *a : NULL;
}

static const struct api *called_api(tree call)
{
	tree callee = get_callee_fndecl(call);

	return callee ? api_named(DECL_NAME(callee)) : NULL;
}

static void report_call(tree fndecl, tree call, const struct api *a)
{
	struct fc_finding f = {};
	json_t *fields = json_object();
	char *msg;

	if (a->retired)
		msg = xasprintf("call of page-based '%s', which the folio conversion retires (%s); use %s",
				a->name, a->retired, a->advice);
	else
		msg = xasprintf("call of page-based '%s', which the folio conversion retires; use %s",
				a->name, a->advice);
	json_object_set_new(fields, "api", json_string(a->name));
	json_object_set_new(fields, "advice", json_string(a->advice));
	json_object_set_new(fields, "stages", fc_stage_names(a->stages));
	if (a->retired)
		json_object_set_new(fields, "retired", json_string(a->retired));
	f.rule = RULE;
	f.loc = EXPR_HAS_LOCATION(call) ? EXPR_LOCATION(call)
					: DECL_SOURCE_LOCATION(fndecl);
	f.function = fc_function_name(fndecl);
	f.subject = a->name;
	f.expr = a->name;
	f.message = msg;
	f.fields = fields;
	f.note_loc = UNKNOWN_LOCATION;
	f.chain_note = true;
	fc_report(&f);
	free(msg);
}

struct walk {
	tree fndecl;
	hash_set<tree> seen_save_exprs;
};

/*
 * GENERIC shares a tree only through SAVE_EXPR: remembering those alone
 * reports each call once, without a set of every node of the body.
 */
static tree find_calls(tree *tp, int *walk_subtrees, void *data)
{
	struct walk *w = (struct walk *)data;
	const struct api *a;

	if (TREE_CODE(*tp) == SAVE_EXPR && w->seen_save_exprs.add(*tp))
		*walk_subtrees = 0;
	else if (TREE_CODE(*tp) == CALL_EXPR && (a = called_api(*tp)))
		report_call(w->fndecl, *tp, a);
	return NULL_TREE;
}

/* The functions the front end saw naming a wrapper, not yet walked. */
static hash_set<tree> *naming_wrappers;

static void on_wrapper_use(const void *, tree, location_t, tree fndecl)
{
	if (fndecl)
		naming_wrappers->add(fndecl);
}

static void watch_wrapper(tree fndecl)
{
	const struct api *a = api_named(DECL_NAME(fndecl));

	if (a)
		fc_watch_decl(fndecl, on_wrapper_use, a);
}

static void check_function(tree fndecl)
{
	struct walk w;

	if (naming_wrappers->contains(fndecl))
		naming_wrappers->remove(fndecl);
	else if (fc_watch_complete(fndecl))
		return;
	if (api_named(DECL_NAME(fndecl)))
		return;
	w.fndecl = fndecl;
	walk_tree(&DECL_SAVED_TREE(fndecl), find_calls, &w, NULL);
}

/* ---- the data ---- */

static bool parse_api(struct fc_ann_line *l)
{
	struct api a = {};
	char *name = fc_ann_word(l, 1), *advice, *stages, *retired;

	if (!name || !fc_valid_identifier(name))
		return fc_ann_error(l, "'api' needs the name of a function");
	for (int i = 0; i < nr_apis; i++)
		if (!strcmp(apis[i].name, name))
			return fc_ann_error(l, "api '%s' annotated twice", name);
	advice = fc_ann_key(l, "advice");
	stages = fc_ann_key(l, "stages");
	retired = fc_ann_key(l, "retired");
	fc_ann_key(l, "cite");
	if (!fc_ann_all_taken(l))
		return false;
	if (!advice || !*advice)
		return fc_ann_error(l, "api '%s' has no advice=", name);
	if (!stages)
		return fc_ann_error(l, "api '%s' has no stages=", name);
	if (!fc_ann_stages(l, "stages", stages, &a.stages))
		return false;
	a.name = xstrdup(name);
	a.advice = xstrdup(advice);
	a.retired = fc_dup_optional(retired);
	FC_APPEND(apis, nr_apis, a);
	return true;
}

static void select_stage(unsigned int stages)
{
	for (int i = 0; i < nr_apis; i++)
		apis[i].active = apis[i].stages & stages;
}

static void register_hooks(void)
{
	active_by_id = new hash_map<tree, const struct api *>;
	for (int i = 0; i < nr_apis; i++)
		if (apis[i].active)
			active_by_id->put(get_identifier(apis[i].name), &apis[i]);
	if (!active_by_id->elements())
		return;
	naming_wrappers = new hash_set<tree>;
	fc_register_function_decl_hook(watch_wrapper);
	fc_register_generic_hook(check_function);
}

static const struct fc_directive directives[] = {
	{ "api", parse_api },
	{ NULL, NULL },
};

static const struct fc_rule_count counts[] = {
	{ "api", "By wrapper (page-api)" },
	{ NULL, NULL },
};

const struct fc_check check_page_api = {
	RULE,
	"PageApiRetiredByFolios",
	"Call of a page-based wrapper the folio conversion retires",
	"The code calls a page-based wrapper such as lock_page(), PageAnon(), "
	"page_mapping() or page_mapcount() that the folio conversion is retiring: "
	"it converts the page to its folio behind the caller's back, which breaks "
	"once page_folio() returns NULL for pages that are not folios.",
	"Hold the folio and call the folio function the message names "
	"(folio_lock(), folio_test_anon(), folio_mapping(), folio_mapcount(), ...).",
	counts,
	directives,
	select_stage,
	register_hooks,
};
