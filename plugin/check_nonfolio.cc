/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * check_nonfolio.cc - rule "nonfolio-conversion": a page that is not part
 * of a folio (a page table, slab, zsmalloc or bare page) converted to a
 * folio.  Under the memdesc plan page_folio() returns NULL for such pages.
 *
 * Before:					After:
 *	pgtable_t pt = pmd_pgtable(*pmd);	pgtable_t pt = pmd_pgtable(*pmd);
 *	if (PageAnon(pt))			(a page table is never anon:
 *		...				 test the ptdesc, or drop it)
 *
 *	warning: page-table page converted to a folio by 'PageAnon'
 *	note: page comes from 'pmd_pgtable' here
 *
 * Sources (where non-folio pages come from) and sinks (what converts a
 * page to a folio) start from the annotation data: functions, macros and
 * types.  The unit's own functions extend both: a function that hands its
 * page parameter to a sink is a sink (PageAnon, PageSlab, ...), and one
 * that returns a source's page is a source.  Each function is summarised
 * right after it is put into SSA form, before the early inliner; the fixed
 * point over the summaries runs at the end of the unit.  Summaries keep
 * names and locations only, no trees.
 */
#include "foliocheck.h"

#define RULE		"nonfolio-conversion"
#define MAX_DEPTH	64		/* SSA definitions followed per value */
#define MAX_PARAMS	64
#define SINK_CAST	"cast"		/* a cast outside any macro */

enum origin_kind {
	ORIGIN_SOURCE,			/* a source of the annotation data */
	ORIGIN_CALL,			/* a call's result, maybe a source */
	ORIGIN_PARAM,			/* the function's parameter */
};

/* Where a page value may come from. */
struct origin {
	enum origin_kind kind;
	const char *name;		/* what ("pmd_pgtable") or callee */
	const char *memory;		/* ORIGIN_SOURCE */
	location_t loc;
	int param;			/* ORIGIN_PARAM */
};

/* A page value converted to a folio here, or handed to a callee. */
struct site {
	location_t loc;
	const char *sink;		/* "page_folio", "PageAnon", ... */
	const char *callee;		/* NULL when converted right here */
	int arg;
	vec<origin> origins;
};

struct summary {
	const char *name;
	vec<site> sites;
	vec<origin> returns;
	unsigned long long sink_params;	/* solved: bit i, param i converts */
	const struct origin *source;	/* solved: the result is a source */
};

static vec<summary *> summaries;
static hash_map<nofree_string_hash, summary *> *summary_of;

/* ---- types and annotation look-ups ---- */

static const char *type_name(tree type)
{
	tree name = TYPE_NAME(type);

	if (name && TREE_CODE(name) == TYPE_DECL)
		name = DECL_NAME(name);
	return name ? IDENTIFIER_POINTER(name) : NULL;
}

/* Is TYPE a pointer to something named NAME (typedef or struct tag)? */
static bool points_to_named(tree type, const char *list)
{
	const char *name;

	if (!type || !POINTER_TYPE_P(type))
		return false;
	type = TREE_TYPE(type);
	name = type_name(type);
	if (name && fc_list_has(list, name))
		return true;
	name = type_name(TYPE_MAIN_VARIANT(type));
	return name && fc_list_has(list, name);
}

static const struct fc_source *type_source(tree type)
{
	for (int i = 0; i < fc_ann.nr_sources; i++) {
		const struct fc_source *s = &fc_ann.sources[i];

		if (s->by == FC_SOURCE_TYPE && points_to_named(type, s->name))
			return s;
	}
	return NULL;
}

/* What a note calls a source: "pmd_pgtable", "struct ptdesc *". */
static const char *source_what(const struct fc_source *s)
{
	static char **type_names;
	char **name;

	if (s->by != FC_SOURCE_TYPE)
		return s->name;
	if (!type_names)
		type_names = XCNEWVEC(char *, fc_ann.nr_sources);
	name = &type_names[s - fc_ann.sources];
	if (!*name)
		*name = xasprintf("struct %s *", s->name);
	return *name;
}

static const struct fc_source *function_source(const char *fn)
{
	for (int i = 0; i < fc_ann.nr_sources; i++) {
		const struct fc_source *s = &fc_ann.sources[i];

		if (s->by == FC_SOURCE_FUNCTION && !strcmp(s->name, fn))
			return s;
	}
	return NULL;
}

static const struct fc_sink *sink_function(const char *fn)
{
	for (int i = 0; i < fc_ann.nr_sinks; i++)
		if (!strcmp(fc_ann.sinks[i].function, fn))
			return &fc_ann.sinks[i];
	return NULL;
}

static bool is_page_pointer(tree type)
{
	return points_to_named(type, "page") || type_source(type);
}

static bool is_folio_pointer(tree type)
{
	return points_to_named(type, "folio");
}

static const char *callee_name(const gimple *stmt)
{
	tree fndecl = gimple_call_fndecl(stmt);

	return fndecl && DECL_NAME(fndecl) ?
		IDENTIFIER_POINTER(DECL_NAME(fndecl)) : NULL;
}

/* The outermost macro a location was expanded from, or NULL. */
static const char *outermost_macro(location_t loc)
{
	const char *name = NULL, *step;

	while (fc_macro_step(&loc, &step))
		name = step;
	return name;
}

static bool expanded_from(location_t loc, const char *macro)
{
	const char *name;

	while (fc_macro_step(&loc, &name))
		if (!strcmp(name, macro))
			return true;
	return false;
}

/* ---- tracing a value back to its origins ---- */

struct tracer {
	function *fun;
	vec<origin> *out;
	hash_set<tree> *seen;
};

static void add_origin(struct tracer *t, enum origin_kind kind,
		       const char *name, const char *memory, location_t loc,
		       int param)
{
	struct origin o = { kind, name, memory, loc, param };

	for (unsigned int i = 0; i < t->out->length(); i++) {
		const struct origin *p = &(*t->out)[i];

		if (p->kind == kind && p->param == param &&
		    !strcmp(p->name, name))
			return;
	}
	t->out->safe_push(o);
}

static int param_index(tree fndecl, tree parm)
{
	int i = 0;

	for (tree p = DECL_ARGUMENTS(fndecl); p; p = DECL_CHAIN(p), i++)
		if (p == parm)
			return i < MAX_PARAMS ? i : -1;
	return -1;
}

/*
 * Does the argument of a macro source qualify it?  VALUE's definitions are
 * searched (operands of assignments, PHIs, call arguments) for a pointer
 * to one of argtypes or a call to one of argfrom: virt_to_page(ptep) is a
 * page table only when ptep is a pte_t *.
 */
static bool argument_matches(const struct fc_source *src, tree value,
			     hash_set<tree> *seen, int depth)
{
	gimple *def;

	if (depth > MAX_DEPTH || TREE_CODE(value) != SSA_NAME)
		return false;
	if (src->argtypes && points_to_named(TREE_TYPE(value), src->argtypes))
		return true;
	if (seen->add(value) || SSA_NAME_IS_DEFAULT_DEF(value))
		return false;
	def = SSA_NAME_DEF_STMT(value);
	if (is_gimple_call(def)) {
		const char *callee = callee_name(def);

		if (src->argfrom && callee && fc_list_has(src->argfrom, callee))
			return true;
		for (unsigned int i = 0; i < gimple_call_num_args(def); i++)
			if (argument_matches(src, gimple_call_arg(def, i), seen,
					     depth + 1))
				return true;
		return false;
	}
	if (gphi *phi = dyn_cast<gphi *>(def)) {
		for (unsigned int i = 0; i < gimple_phi_num_args(phi); i++)
			if (argument_matches(src, gimple_phi_arg_def(phi, i), seen,
					     depth + 1))
				return true;
		return false;
	}
	if (is_gimple_assign(def))
		for (unsigned int i = 1; i < gimple_num_ops(def); i++)
			if (argument_matches(src, gimple_op(def, i), seen,
					     depth + 1))
				return true;
	return false;
}

static const struct fc_source *macro_source_at(location_t loc, tree value)
{
	if (!linemap_location_from_macro_expansion_p(line_table, loc))
		return NULL;
	for (int i = 0; i < fc_ann.nr_sources; i++) {
		const struct fc_source *s = &fc_ann.sources[i];
		hash_set<tree> seen;

		if (s->by != FC_SOURCE_MACRO || !expanded_from(loc, s->name))
			continue;
		if ((!s->argtypes && !s->argfrom) ||
		    argument_matches(s, value, &seen, 0))
			return s;
	}
	return NULL;
}

/*
 * Was VALUE made in the expansion of a source macro?  The statement that
 * defines it may carry the declarator's location instead
 * ("struct page *t = pmd_pgtable(*pmd);"), but the statements computing
 * its operands keep the expansion, so look a few of those deep too.
 */
static const struct fc_source *macro_source(gimple *def, tree value, int depth,
					    location_t *where)
{
	const struct fc_source *src = macro_source_at(gimple_location(def), value);

	if (src) {
		*where = gimple_location(def);
		return src;
	}
	if (depth >= 3 || !is_gimple_assign(def))
		return NULL;
	for (unsigned int i = 1; !src && i < gimple_num_ops(def); i++) {
		tree op = gimple_op(def, i);

		if (op && TREE_CODE(op) == SSA_NAME && !SSA_NAME_IS_DEFAULT_DEF(op))
			src = macro_source(SSA_NAME_DEF_STMT(op), value, depth + 1,
					   where);
	}
	return src;
}

static void trace(struct tracer *t, tree value, location_t use, int depth);

/* An addressable local lives in memory (at -O0, or its address taken). */
static void trace_stores(struct tracer *t, tree var, int depth)
{
	basic_block bb;

	if (t->seen->add(var))
		return;
	FOR_EACH_BB_FN(bb, t->fun)
		for (gimple_stmt_iterator gsi = gsi_start_bb(bb); !gsi_end_p(gsi);
		     gsi_next(&gsi)) {
			gimple *stmt = gsi_stmt(gsi);

			if (gimple_assign_single_p(stmt) &&
			    gimple_assign_lhs(stmt) == var)
				trace(t, gimple_assign_rhs1(stmt),
				      gimple_location(stmt), depth + 1);
		}
}

/*
 * pfn_to_page() is vmemmap + pfn: a constant base and an offset.  When the
 * pfn was computed from a page (nth_page(): page_to_pfn(page) + n), the
 * result is that page's neighbour, of the same kind.
 */
static void trace_offset(struct tracer *t, tree offset, location_t use,
			 int depth)
{
	gimple *def;

	if (depth > MAX_DEPTH || TREE_CODE(offset) != SSA_NAME ||
	    SSA_NAME_IS_DEFAULT_DEF(offset) || t->seen->add(offset))
		return;
	def = SSA_NAME_DEF_STMT(offset);
	if (!is_gimple_assign(def))
		return;
	switch (gimple_assign_rhs_code(def)) {
	case POINTER_DIFF_EXPR:		/* page - vmemmap */
		trace(t, gimple_assign_rhs1(def), use, depth + 1);
		return;
	case PLUS_EXPR:
	case MINUS_EXPR:
		trace_offset(t, gimple_assign_rhs1(def), use, depth + 1);
		trace_offset(t, gimple_assign_rhs2(def), use, depth + 1);
		return;
	CASE_CONVERT:
	case MULT_EXPR:
	case EXACT_DIV_EXPR:
	case TRUNC_DIV_EXPR:
	case RSHIFT_EXPR:
	case LSHIFT_EXPR:
		trace_offset(t, gimple_assign_rhs1(def), use, depth + 1);
		return;
	default:
		return;
	}
}

static void trace_def(struct tracer *t, tree value, gimple *def, int depth)
{
	location_t loc = gimple_location(def), where;
	const struct fc_source *src = macro_source(def, value, 0, &where);
	const char *callee;

	if (src) {
		add_origin(t, ORIGIN_SOURCE, src->name, src->memory, where, -1);
		return;
	}
	if (gphi *phi = dyn_cast<gphi *>(def)) {
		for (unsigned int i = 0; i < gimple_phi_num_args(phi); i++)
			trace(t, gimple_phi_arg_def(phi, i),
			      gimple_phi_arg_location(phi, i), depth + 1);
		return;
	}
	if (is_gimple_call(def)) {
		callee = callee_name(def);
		if (!callee)
			return;
		src = function_source(callee);
		if (src)
			add_origin(t, ORIGIN_SOURCE, src->name, src->memory, loc, -1);
		else
			add_origin(t, ORIGIN_CALL, callee, NULL, loc, -1);
		return;
	}
	if (!is_gimple_assign(def))
		return;
	switch (gimple_assign_rhs_code(def)) {
	case POINTER_PLUS_EXPR:		/* page + i */
		if (TREE_CODE(gimple_assign_rhs1(def)) == INTEGER_CST)
			trace_offset(t, gimple_assign_rhs2(def), loc, depth + 1);
		else
			trace(t, gimple_assign_rhs1(def), loc, depth + 1);
		return;
	CASE_CONVERT:
	case SSA_NAME:
	case VIEW_CONVERT_EXPR:
	case VAR_DECL:
	case PARM_DECL:
		trace(t, gimple_assign_rhs1(def), loc, depth + 1);
		return;
	default:			/* loads and arithmetic: unknown */
		return;
	}
}

/*
 * Collect the origins of VALUE, used at USE.  A pointer to a source type
 * (struct ptdesc *) is a source wherever it shows: pointer casts between
 * memdesc types are useless conversions in GIMPLE, so ptdesc_page(pt) is
 * pt itself, with its type.
 */
static void trace(struct tracer *t, tree value, location_t use, int depth)
{
	const struct fc_source *src;
	tree var;
	int i;

	if (depth > MAX_DEPTH)
		return;
	src = type_source(TREE_TYPE(value));
	if (src) {
		add_origin(t, ORIGIN_SOURCE, source_what(src), src->memory, use, -1);
		return;
	}
	if (TREE_CODE(value) == PARM_DECL) {
		i = param_index(t->fun->decl, value);
		if (i >= 0)
			add_origin(t, ORIGIN_PARAM, "", NULL, use, i);
		return;
	}
	if (VAR_P(value) && auto_var_in_fn_p(value, t->fun->decl)) {
		trace_stores(t, value, depth);
		return;
	}
	if (TREE_CODE(value) != SSA_NAME || t->seen->add(value))
		return;
	if (SSA_NAME_IS_DEFAULT_DEF(value)) {
		var = SSA_NAME_VAR(value);
		if (var && TREE_CODE(var) == PARM_DECL)
			trace(t, var, use, depth + 1);
		return;
	}
	trace_def(t, value, SSA_NAME_DEF_STMT(value), depth);
}

static vec<origin> origins_of(function *fun, tree value, location_t use)
{
	vec<origin> out = vNULL;
	hash_set<tree> seen;
	struct tracer t = { fun, &out, &seen };

	trace(&t, value, use, 0);
	return out;
}

/* ---- per-function summary ---- */

static void add_site(struct summary *s, function *fun, location_t loc,
		     const char *sink, const char *callee, int arg, tree value)
{
	struct site site = { loc, sink, callee, arg, origins_of(fun, value, loc) };

	if (site.origins.is_empty())
		return;
	s->sites.safe_push(site);
}

/* The name a conversion shows: the macro written ("page_folio"). */
static const char *conversion_name(location_t loc, const char *fallback)
{
	const char *macro = outermost_macro(loc);

	return macro ? macro : fallback;
}

/*
 * An assignment to a struct folio * from a page (or a memdesc pointer)
 * converts right here: (struct folio *)page, ptdesc_folio(pt), or the
 * page_folio() shape, a sink helper's result (_compound_head) converted
 * to struct folio *.
 */
static void summarise_assign(struct summary *s, function *fun, gimple *stmt)
{
	tree lhs = gimple_assign_lhs(stmt), rhs = gimple_assign_rhs1(stmt);
	location_t loc = gimple_location(stmt);
	enum tree_code code = gimple_assign_rhs_code(stmt);
	const struct fc_sink *sink;
	gimple *def;

	if (!is_folio_pointer(TREE_TYPE(lhs)) ||
	    !(CONVERT_EXPR_CODE_P(code) || code == SSA_NAME))
		return;
	if (is_page_pointer(TREE_TYPE(rhs))) {
		add_site(s, fun, loc, conversion_name(loc, SINK_CAST), NULL, 0, rhs);
		return;
	}
	if (TREE_CODE(rhs) != SSA_NAME || SSA_NAME_IS_DEFAULT_DEF(rhs))
		return;
	def = SSA_NAME_DEF_STMT(rhs);
	if (!is_gimple_call(def) || !callee_name(def))
		return;
	/*
	 * The conversion statement carries the location of the expression
	 * around it; the helper's call keeps page_folio()'s expansion.
	 */
	sink = sink_function(callee_name(def));
	loc = gimple_location(def);
	if (sink && sink->folio_result &&
	    (unsigned int)sink->arg < gimple_call_num_args(def))
		add_site(s, fun, loc, conversion_name(loc, sink->function), NULL,
			 0, gimple_call_arg(def, sink->arg));
}

/* The declared type of the callee's parameter I, or NULL (varargs...). */
static tree param_type(gimple *stmt, unsigned int i)
{
	tree fntype = gimple_call_fntype(stmt);
	tree args = fntype ? TYPE_ARG_TYPES(fntype) : NULL_TREE;

	for (; args && i; args = TREE_CHAIN(args), i--)
		;
	return args ? TREE_VALUE(args) : NULL_TREE;
}

/*
 * A page handed to a callee: a sink if the callee converts it.  Pointer
 * casts leave no statement in GIMPLE, so a cast may only show as types:
 * a page passed for a struct folio * parameter
 * (folio_test_active(slab_folio(slab))), or a call returning a page whose
 * result is a struct folio * ((struct folio *)pte_alloc_one(mm)).
 */
static void summarise_call(struct summary *s, function *fun, gimple *stmt)
{
	const char *callee = callee_name(stmt);
	unsigned int n = gimple_call_num_args(stmt);
	tree lhs = gimple_call_lhs(stmt);
	location_t loc = gimple_location(stmt);

	if (!callee)
		return;
	if (lhs && is_folio_pointer(TREE_TYPE(lhs)) &&
	    is_page_pointer(gimple_call_return_type(as_a<gcall *>(stmt))))
		add_site(s, fun, loc, conversion_name(loc, SINK_CAST), NULL, 0,
			 lhs);
	for (unsigned int i = 0; i < n && i < MAX_PARAMS; i++) {
		tree arg = gimple_call_arg(stmt, i);

		if (!is_page_pointer(TREE_TYPE(arg)))
			continue;
		if (is_folio_pointer(param_type(stmt, i)))
			add_site(s, fun, loc, SINK_CAST, NULL, 0, arg);
		else
			add_site(s, fun, loc, callee, callee, i, arg);
	}
}

/*
 * A page returned from a function returning struct folio * is converted by
 * the return ("return (struct folio *)page;" keeps no cast in GIMPLE).
 * Otherwise a returned page may make the function a source.
 */
static void summarise_return(struct summary *s, function *fun, greturn *ret)
{
	tree value = gimple_return_retval(ret);
	location_t loc = gimple_location(ret);
	vec<origin> o;

	if (!value || !is_page_pointer(TREE_TYPE(value)))
		return;
	if (is_folio_pointer(TREE_TYPE(DECL_RESULT(fun->decl)))) {
		add_site(s, fun, loc, conversion_name(loc, SINK_CAST), NULL, 0,
			 value);
		return;
	}
	o = origins_of(fun, value, loc);
	s->returns.safe_splice(o);
	o.release();
}

static struct summary *new_summary(const char *name)
{
	struct summary *s = XCNEW(struct summary);

	s->name = name;
	summaries.safe_push(s);
	if (!summary_of)
		summary_of = new hash_map<nofree_string_hash, summary *>;
	summary_of->put(name, s);
	return s;
}

static void summarise_function(function *fun)
{
	struct summary *s = new_summary(fc_function_name(fun->decl));
	basic_block bb;

	FOR_EACH_BB_FN(bb, fun)
		for (gimple_stmt_iterator gsi = gsi_start_bb(bb); !gsi_end_p(gsi);
		     gsi_next(&gsi)) {
			gimple *stmt = gsi_stmt(gsi);

			if (is_gimple_call(stmt))
				summarise_call(s, fun, stmt);
			else if (is_gimple_assign(stmt))
				summarise_assign(s, fun, stmt);
			else if (greturn *ret = dyn_cast<greturn *>(stmt))
				summarise_return(s, fun, ret);
		}
}

/* ---- the fixed point over the unit's functions ---- */

static struct summary *lookup(const char *name)
{
	struct summary **s = summary_of ? summary_of->get(name) : NULL;

	return s ? *s : NULL;
}

/* Does the site convert its value (here, or in the callee)? */
static bool site_converts(const struct site *site)
{
	const struct summary *callee;
	const struct fc_sink *sink;

	if (!site->callee)
		return true;
	sink = sink_function(site->callee);
	if (sink && !sink->folio_result && sink->arg == site->arg)
		return true;
	callee = lookup(site->callee);
	return callee && (callee->sink_params & (1ULL << site->arg));
}

/* The source an origin stands for, directly or through a callee. */
static const struct origin *source_of(const struct origin *o)
{
	const struct summary *callee;

	if (o->kind == ORIGIN_SOURCE)
		return o;
	if (o->kind != ORIGIN_CALL)
		return NULL;
	callee = lookup(o->name);
	return callee ? callee->source : NULL;
}

static bool solve_one(struct summary *s)
{
	bool changed = false;

	for (unsigned int i = 0; i < s->sites.length(); i++) {
		const struct site *site = &s->sites[i];

		if (!site_converts(site))
			continue;
		for (unsigned int j = 0; j < site->origins.length(); j++) {
			const struct origin *o = &site->origins[j];
			unsigned long long bit = 1ULL << o->param;

			if (o->kind == ORIGIN_PARAM && !(s->sink_params & bit)) {
				s->sink_params |= bit;
				changed = true;
			}
		}
	}
	for (unsigned int j = 0; !s->source && j < s->returns.length(); j++) {
		s->source = source_of(&s->returns[j]);
		changed |= s->source != NULL;
	}
	return changed;
}

static void solve(void)
{
	bool changed;

	do {
		changed = false;
		for (unsigned int i = 0; i < summaries.length(); i++)
			changed |= solve_one(summaries[i]);
	} while (changed);
}

/* ---- reporting ---- */

static const char *memory_noun(const char *memory)
{
	static const struct { const char *kind, *noun; } nouns[] = {
		{ "pagetable", "page-table page" },
		{ "slab", "slab page" },
		{ "zsmalloc", "zsmalloc page" },
		{ "bare", "bare page" },
	};

	for (size_t i = 0; i < ARRAY_SIZE(nouns); i++)
		if (!strcmp(memory, nouns[i].kind))
			return nouns[i].noun;
	return NULL;
}

/* "page-table page converted to a folio by 'PageAnon'" */
static char *site_message(const char *memory, const char *sink)
{
	const char *noun = memory_noun(memory);
	char *what, *message;

	what = strcmp(sink, SINK_CAST) ? xasprintf("'%s'", sink)
				       : xstrdup("a cast to 'struct folio *'");
	message = noun ? xasprintf("%s converted to a folio by %s", noun, what)
		       : xasprintf("'%s' page converted to a folio by %s",
				   memory, what);
	free(what);
	return message;
}

static void report_site(const struct summary *s, const struct site *site,
			const struct origin *via, const struct origin *src)
{
	const char *memory = src->memory;
	char *message = site_message(memory, site->sink), *note, *expr;
	json_t *fields = json_object(), *source;
	struct fc_finding f;

	note = via == src ? xasprintf("page comes from '%s' here", src->name)
			  : xasprintf("page comes from '%s' here (it returns a page from '%s')",
				      via->name, src->name);
	expr = xasprintf("%s(%s)", site->sink, via->name);
	source = fc_location_json(via->loc);
	json_object_set_new(source, "what", json_string(via->name));
	json_object_set_new(fields, "memory", json_string(memory));
	json_object_set_new(fields, "sink", json_string(site->sink));
	json_object_set_new(fields, "source", source);
	f.rule = RULE;
	f.loc = site->loc;
	f.function = s->name;
	f.subject = site->sink;
	f.expr = expr;
	f.message = message;
	f.fields = fields;
	f.note_loc = via->loc;
	f.note = note;
	f.chain_note = false;
	fc_report(&f);
	free(message);
	free(note);
	free(expr);
}

/* One finding per site: its first origin that is a source. */
static void report_function(const struct summary *s)
{
	for (unsigned int i = 0; i < s->sites.length(); i++) {
		const struct site *site = &s->sites[i];

		if (!site_converts(site))
			continue;
		for (unsigned int j = 0; j < site->origins.length(); j++) {
			const struct origin *via = &site->origins[j];
			const struct origin *src = source_of(via);

			if (src) {
				report_site(s, site, via, src);
				break;
			}
		}
	}
}

static void check_unit(void)
{
	solve();
	for (unsigned int i = 0; i < summaries.length(); i++)
		report_function(summaries[i]);
}

void check_nonfolio_register(void)
{
	fc_register_gimple_hook(summarise_function);
	fc_register_unit_end_hook(check_unit);
}
