/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * check_nonfolio.cc - rule "nonfolio-conversion": a page that is not part
 * of a folio (a page table, slab, zsmalloc, vmalloc, zero or bare page)
 * converted to a folio.  Under the memdesc plan page_folio() returns NULL
 * for such pages, and misc memory has no refcount for get_page().
 *
 * Before:					After:
 *	pgtable_t pt = pmd_pgtable(*pmd);	pgtable_t pt = pmd_pgtable(*pmd);
 *	if (PageAnon(pt))			(a page table is never anon:
 *		...				 test the ptdesc, or drop it)
 *
 *	warning: page-table page converted to a folio by 'PageAnon'
 *	note: page comes from 'pmd_pgtable' here
 *
 * Sources (where pages come from, and what memory they are) and sinks
 * (what converts a page to a folio) start from the annotation data:
 * functions, macros, types and struct fields.  Each function of the unit
 * is summarised right after it is put into SSA form, before the early
 * inliner: its conversions, its calls, the pages it stores into struct
 * fields and the pages it returns, each with the origins of the page
 * (a source, a call's result, a parameter, a field).  At the end of the
 * unit one propagation over three kinds of node solves them together:
 *
 *	(function, parameter)	the memory its callers pass
 *	(function, return)	the memory it returns
 *	(struct, field)		the memory the unit stores into the field
 *
 * and, backwards, which parameters each function converts (PageAnon,
 * get_page, ...).  A conversion is reported where the page is converted,
 * or, for a parameter, at each call that passes the page in.  The
 * exported functions' inferred sinks and sources go into the unit's
 * document ("summaries"), and summaries=REPORT brings those of the other
 * units of a build back.  Summaries keep names and locations, no trees.
 */
#include "foliocheck.h"

#define RULE		"nonfolio-conversion"
#define MAX_DEPTH	64		/* SSA definitions followed per value */
#define MAX_CALL_DEPTH	8		/* calls followed for pass-through */
#define MAX_PARAMS	64
#define SINK_CAST	"cast"		/* a cast outside any macro */

/* ---- the data this rule owns: memory, source, sink ---- */

/* What is known of a page's memory. */
enum fc_memory_class {
	FC_MEMORY_NONFOLIO,		/* no folio under the plan: a finding */
	FC_MEMORY_FOLIO,		/* a folio's page: never a finding */
	FC_MEMORY_RUNTIME,		/* folio or not depends on the run */
	FC_NR_MEMORY_CLASSES
};

/* "nonfolio", "folio", "runtime": the data's class= and the census's. */
static const char *const memory_class_names[FC_NR_MEMORY_CLASSES] = {
	[FC_MEMORY_NONFOLIO] = "nonfolio",
	[FC_MEMORY_FOLIO] = "folio",
	[FC_MEMORY_RUNTIME] = "runtime",
};

/* "memory KIND noun=... [why=...] [stages=...] [class=...]" */
struct fc_memory {
	char *name;			/* "vmalloc" */
	char *noun;			/* "vmalloc page" */
	char *why;			/* what the plan says, or NULL */
	enum fc_memory_class memory_class;
	unsigned int stages;		/* stages it breaks at; 0: always */
	bool active;			/* selected by the stage */
};

/* Where non-folio pages come from: "source function|macro|type|field NAME". */
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

/* A function that converts its page argument to a folio: "sink function NAME". */
struct fc_sink {
	char *function;
	int arg;
	bool folio_result;		/* only when its result becomes a folio */
};

static struct fc_memory *memories;
static int nr_memories;
static struct fc_source *sources;
static int nr_sources;
static struct fc_sink *sinks;
static int nr_sinks;

/* The memory kind NAME declared by a "memory" line, or NULL. */
static const struct fc_memory *memory_find(const char *name)
{
	for (int i = 0; i < nr_memories; i++)
		if (!strcmp(memories[i].name, name))
			return &memories[i];
	return NULL;
}

/* Sinks and sources another pass inferred for functions of other units. */
static void add_sink(const char *function, int arg)
{
	struct fc_sink sink = { xstrdup(function), arg, false };

	FC_APPEND(sinks, nr_sinks, sink);
}

static void add_function_source(const char *function, const char *memory,
				const char *from)
{
	struct fc_source src = {};

	src.by = FC_SOURCE_FUNCTION;
	src.name = xstrdup(function);
	src.memory = xstrdup(memory);
	src.from = xstrdup(from);
	FC_APPEND(sources, nr_sources, src);
}

enum origin_kind {
	ORIGIN_SOURCE,			/* a source of the annotation data */
	ORIGIN_CALL,			/* a call's result */
	ORIGIN_PARAM,			/* the function's parameter */
	ORIGIN_FIELD,			/* loaded from a struct field */
};

/* Where a page value may come from. */
struct origin {
	enum origin_kind kind;
	const char *name;		/* source, callee or "struct.field" */
	const char *memory;		/* ORIGIN_SOURCE */
	const char *from;		/* ORIGIN_SOURCE of a summary: its source */
	location_t loc;
	int index;			/* PARAM: the parameter; CALL: the call */
};

/* A page value converted to a folio right here. */
struct site {
	location_t loc;
	const char *sink;		/* "page_folio", "PageAnon", "cast" */
	vec<origin> origins;
	bool sanctioned;		/* allowed by the data: converts on purpose */
};

/* A page handed to a callee as argument INDEX. */
struct arg {
	int index;
	vec<origin> origins;
};

struct call {
	const char *callee;
	location_t loc;
	const gimple *stmt;		/* while summarising only */
	vec<arg> args;
	bool sanctioned;		/* allowed by the data: converts on purpose */
};

/* A page stored into a struct field. */
struct store {
	const char *field;
	vec<origin> origins;
};

/* What is known of a node's memory: one witness per kind. */
struct witness {
	const char *memory;
	const char *source;		/* the source it started at */
	location_t loc;
};

typedef vec<witness> kinds;

struct summary {
	const char *name;
	bool exported;			/* other units may call it */
	bool reads_index, reads_mapping;	/* census: of any folio */
	vec<site> sites;
	vec<call> calls;
	vec<store> stores;
	vec<origin> returns;
	unsigned long long sink_params;	/* solved: bit i, param i converts */
	unsigned long long pass_params;	/* bit i: returns param i */
	kinds ret;			/* solved: the memory it returns */
	kinds params[MAX_PARAMS];	/* solved: the memory callers pass */
};

static vec<summary *> summaries;
static hash_map<nofree_string_hash, summary *> *summary_of;
static hash_map<nofree_string_hash, kinds *> *field_kinds;

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

/* Every source's kind is declared: the annotation reader checks it. */
static enum fc_memory_class memory_class(const char *memory)
{
	return memory_find(memory)->memory_class;
}

/* A kind whose conversions are findings under the selected stage. */
static bool memory_reported(const char *memory)
{
	const struct fc_memory *m = memory_find(memory);

	return m->memory_class == FC_MEMORY_NONFOLIO && m->active;
}

static const struct fc_source *find_source(enum fc_source_by by,
					   const char *name)
{
	for (int i = 0; i < nr_sources; i++) {
		const struct fc_source *s = &sources[i];

		if (s->by == by && !strcmp(s->name, name))
			return s;
	}
	return NULL;
}

static const struct fc_source *type_source(tree type)
{
	for (int i = 0; i < nr_sources; i++) {
		const struct fc_source *s = &sources[i];

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
		type_names = XCNEWVEC(char *, nr_sources);
	name = &type_names[s - sources];
	if (!*name)
		*name = xasprintf("struct %s *", s->name);
	return *name;
}

/* Does the data make FN convert its argument ARG? */
static bool sink_converts(const char *fn, int arg)
{
	for (int i = 0; i < nr_sinks; i++) {
		const struct fc_sink *sink = &sinks[i];

		if (!sink->folio_result && sink->arg == arg &&
		    !strcmp(sink->function, fn))
			return true;
	}
	return false;
}

static const struct fc_sink *folio_result_sink(const char *fn)
{
	for (int i = 0; i < nr_sinks; i++)
		if (sinks[i].folio_result &&
		    !strcmp(sinks[i].function, fn))
			return &sinks[i];
	return NULL;
}

/* A page, or a memory descriptor that is not a folio (struct ptdesc *). */
static bool is_page_pointer(tree type)
{
	const struct fc_source *src;

	if (points_to_named(type, "page"))
		return true;
	src = type_source(type);
	return src && memory_class(src->memory) != FC_MEMORY_FOLIO;
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

static bool expanded_from(location_t loc, const char *macro)
{
	const char *name;

	while (fc_macro_step(&loc, &name))
		if (!strcmp(name, macro))
			return true;
	return false;
}

/*
 * The name the code wrote for what happens at LOC: the outermost macro
 * through whose definitions it came, or NAME when it was written out.
 * alloc_page(gfp) reaches alloc_pages_noprof() through alloc_pages() and
 * alloc_hooks(): "alloc_page".  What is written as a macro's argument
 * keeps its own name: VM_BUG_ON(page_folio(p)) converts by "page_folio",
 * page_folio(pcpu_addr_to_page(a)) takes a page from "pcpu_addr_to_page".
 * A token of a definition is spelled before the expansion point (the
 * #define came first); an argument is spelled at or after it.
 */
static const char *written_as(location_t loc, const char *name)
{
	while (linemap_location_from_macro_expansion_p(line_table, loc)) {
		const line_map *map = linemap_lookup(line_table, loc);
		const line_map_macro *macro;
		location_t spelled, expansion, at;

		if (!map || !linemap_macro_expansion_map_p(map))
			break;
		macro = linemap_check_macro(map);
		spelled = linemap_macro_map_loc_unwind_toward_spelling(line_table,
								       macro, loc);
		if (linemap_location_from_macro_expansion_p(line_table, spelled)) {
			loc = spelled;	/* an argument of a macro in a macro */
			continue;
		}
		expansion = linemap_unwind_toward_expansion(line_table, loc, &map);
		at = linemap_resolve_location(line_table, expansion,
					      LRK_MACRO_EXPANSION_POINT, NULL);
		if (spelled >= at)
			break;		/* an argument written at the call */
		name = linemap_map_get_macro_name(macro);
		loc = expansion;
	}
	return name;
}

/* ---- struct fields ---- */

/*
 * "vm_fault.page" for vmf->page: the field, named after the innermost
 * named struct that holds it (*RECORD), through anonymous structs and
 * unions.  Interned: equal keys are equal pointers.
 */
static const char *field_key(tree ref, tree *record)
{
	static hash_map<nofree_string_hash, const char *> *interned;
	tree field = TREE_OPERAND(ref, 1);
	const char *tag = NULL, **known;
	char *key;

	if (!DECL_NAME(field))
		return NULL;
	for (tree obj = TREE_OPERAND(ref, 0); !tag; obj = TREE_OPERAND(obj, 0)) {
		*record = TYPE_MAIN_VARIANT(TREE_TYPE(obj));
		tag = type_name(*record);
		if (!tag && TREE_CODE(obj) != COMPONENT_REF)
			return NULL;
	}
	key = concat(tag, ".", IDENTIFIER_POINTER(DECL_NAME(field)), NULL);
	if (!interned)
		interned = new hash_map<nofree_string_hash, const char *>;
	known = interned->get(key);
	if (known) {
		free(key);
		return *known;
	}
	interned->put(key, key);
	return key;
}

/*
 * The field a load or store reaches: s->page, s->pages[i] for an array
 * field, or *(s->pages + i) for a field holding a pointer to pages.
 */
static const char *field_of(tree ref, tree *record)
{
	gimple *def;

	if (TREE_CODE(ref) == ARRAY_REF)
		ref = TREE_OPERAND(ref, 0);
	if (TREE_CODE(ref) == COMPONENT_REF)
		return field_key(ref, record);
	if (TREE_CODE(ref) != MEM_REF)
		return NULL;
	ref = TREE_OPERAND(ref, 0);
	for (int depth = 0; depth < 4 && TREE_CODE(ref) == SSA_NAME &&
	     !SSA_NAME_IS_DEFAULT_DEF(ref); depth++) {
		def = SSA_NAME_DEF_STMT(ref);
		if (!is_gimple_assign(def))
			return NULL;
		ref = gimple_assign_rhs1(def);
		if (TREE_CODE(ref) == COMPONENT_REF)
			return field_key(ref, record);
	}
	return NULL;
}

/* ---- tracing a value back to its origins ---- */

struct tracer {
	function *fun;
	vec<origin> *out;
	hash_set<tree> *seen;
	vec<call> *calls;		/* the function's calls, by index */
};

static void add_origin(struct tracer *t, const struct origin *o)
{
	for (unsigned int i = 0; i < t->out->length(); i++) {
		const struct origin *p = &(*t->out)[i];

		if (p->kind == o->kind && p->index == o->index &&
		    !strcmp(p->name, o->name))
			return;
	}
	t->out->safe_push(*o);
}

static void add_source(struct tracer *t, const struct fc_source *src,
		       const char *name, location_t loc)
{
	struct origin o = { ORIGIN_SOURCE, name, src->memory, src->from, loc, -1 };

	add_origin(t, &o);
}

static void add_other(struct tracer *t, enum origin_kind kind,
		      const char *name, location_t loc, int index)
{
	struct origin o = { kind, name, NULL, NULL, loc, index };

	add_origin(t, &o);
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
	for (int i = 0; i < nr_sources; i++) {
		const struct fc_source *s = &sources[i];
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

/* The index of the call record of STMT in the function's calls, or -1. */
static int call_index(struct tracer *t, gimple *stmt)
{
	for (unsigned int i = 0; i < t->calls->length(); i++)
		if ((*t->calls)[i].stmt == stmt)
			return i;
	return -1;
}

static void trace_call(struct tracer *t, gimple *def)
{
	const char *callee = callee_name(def);
	location_t loc = gimple_location(def);
	const struct fc_source *src;

	if (!callee)
		return;
	src = find_source(FC_SOURCE_FUNCTION, callee);
	/* alloc_page() is a macro around alloc_pages_noprof(): name it. */
	if (src)
		add_source(t, src, written_as(loc, callee), loc);
	else
		add_other(t, ORIGIN_CALL, callee, loc, call_index(t, def));
}

/* Is the struct declared in the file being compiled, not in a header? */
static bool declared_here(tree record)
{
	tree decl = TYPE_STUB_DECL(record);
	const char *file;

	if (!decl)
		decl = TYPE_NAME(record);
	if (!decl || !DECL_P(decl))
		return false;
	file = LOCATION_FILE(DECL_SOURCE_LOCATION(decl));
	return file && !strcmp(file, main_input_filename);
}

/*
 * A load: a field of a struct (data source or unit-wide node), or unknown.
 * What the unit stores into a field stands for what its loads see, except
 * in a function other units call on objects of a struct declared in a
 * header: those objects may have been filled elsewhere
 * (generic_pipe_buf_release() gets the page-cache pages of splice too).
 */
static void trace_load(struct tracer *t, tree ref, location_t loc)
{
	tree record = NULL_TREE;
	const char *field = field_of(ref, &record);
	const struct fc_source *src;

	if (!field)
		return;
	src = find_source(FC_SOURCE_FIELD, field);
	if (src)
		add_source(t, src, field, loc);
	else if (!TREE_PUBLIC(t->fun->decl) || declared_here(record))
		add_other(t, ORIGIN_FIELD, field, loc, -1);
}

/* &folio->page: the address of a member of a typed source. */
static void trace_address(struct tracer *t, tree ref, location_t loc)
{
	const struct fc_source *src;

	while (handled_component_p(ref))
		ref = TREE_OPERAND(ref, 0);
	if (TREE_CODE(ref) != MEM_REF)
		return;
	src = type_source(TREE_TYPE(TREE_OPERAND(ref, 0)));
	if (src)
		add_source(t, src, source_what(src), loc);
}

static void trace_def(struct tracer *t, tree value, gimple *def, int depth)
{
	location_t loc = gimple_location(def), where;
	const struct fc_source *src = macro_source(def, value, 0, &where);
	tree rhs;

	if (src) {
		add_source(t, src, src->name, where);
		return;
	}
	if (gphi *phi = dyn_cast<gphi *>(def)) {
		for (unsigned int i = 0; i < gimple_phi_num_args(phi); i++)
			trace(t, gimple_phi_arg_def(phi, i),
			      gimple_phi_arg_location(phi, i), depth + 1);
		return;
	}
	if (is_gimple_call(def)) {
		trace_call(t, def);
		return;
	}
	if (!is_gimple_assign(def))
		return;
	rhs = gimple_assign_rhs1(def);
	switch (gimple_assign_rhs_code(def)) {
	case POINTER_PLUS_EXPR:		/* page + i */
		if (TREE_CODE(rhs) == INTEGER_CST)
			trace_offset(t, gimple_assign_rhs2(def), loc, depth + 1);
		else
			trace(t, rhs, loc, depth + 1);
		return;
	CASE_CONVERT:
	case SSA_NAME:
	case VIEW_CONVERT_EXPR:
	case VAR_DECL:
	case PARM_DECL:
		trace(t, rhs, loc, depth + 1);
		return;
	case COMPONENT_REF:
	case ARRAY_REF:
	case MEM_REF:
		trace_load(t, rhs, loc);
		return;
	case ADDR_EXPR:
		trace_address(t, TREE_OPERAND(rhs, 0), loc);
		return;
	default:			/* arithmetic: unknown */
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
		add_source(t, src, source_what(src), use);
		return;
	}
	if (TREE_CODE(value) == PARM_DECL) {
		i = param_index(t->fun->decl, value);
		if (i >= 0)
			add_other(t, ORIGIN_PARAM, "", use, i);
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

static vec<origin> origins_of(function *fun, struct summary *s, tree value,
			      location_t use)
{
	vec<origin> out = vNULL;
	hash_set<tree> seen;
	struct tracer t = { fun, &out, &seen, &s->calls };

	trace(&t, value, use, 0);
	return out;
}

/* ---- per-function summary ---- */

/* Keep a conversion whose origins are known (all of them for the census). */
static void push_site(struct summary *s, struct site *site)
{
	if (site->origins.is_empty() && !fc_opts.census) {
		site->origins.release();
		return;
	}
	site->sanctioned = fc_allowed_at(RULE, site->loc, s->name);
	s->sites.safe_push(*site);
}

static void add_site(struct summary *s, function *fun, location_t loc,
		     const char *sink, tree value)
{
	struct site site = { loc, sink, origins_of(fun, s, value, loc), false };

	push_site(s, &site);
}

/* The call's result cast to struct folio *: its type says folio already. */
static void add_call_site(struct summary *s, function *fun, location_t loc,
			  gimple *stmt)
{
	struct site site = { loc, written_as(loc, SINK_CAST), vNULL, false };
	hash_set<tree> seen;
	struct tracer t = { fun, &site.origins, &seen, &s->calls };

	trace_call(&t, stmt);
	push_site(s, &site);
}

/*
 * An assignment to a struct folio * from a page (or a memdesc pointer)
 * converts right here: (struct folio *)page, ptdesc_folio(pt), or the
 * page_folio() shape, a sink helper's result (_compound_head) converted
 * to struct folio *.
 */
static void summarise_conversion(struct summary *s, function *fun,
				 gimple *stmt)
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
		add_site(s, fun, loc, written_as(loc, SINK_CAST), rhs);
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
	sink = folio_result_sink(callee_name(def));
	loc = gimple_location(def);
	if (sink && (unsigned int)sink->arg < gimple_call_num_args(def))
		add_site(s, fun, loc, written_as(loc, sink->function),
			 gimple_call_arg(def, sink->arg));
}

/* A page stored into a struct field: the field's node gets its memory. */
static void summarise_store(struct summary *s, function *fun, gimple *stmt)
{
	tree lhs = gimple_assign_lhs(stmt), rhs = gimple_assign_rhs1(stmt);
	tree record;
	const char *field;
	struct store st;

	if (!is_page_pointer(TREE_TYPE(rhs)) || !(field = field_of(lhs, &record)))
		return;
	st.field = field;
	st.origins = origins_of(fun, s, rhs, gimple_location(stmt));
	if (st.origins.is_empty())
		return;
	s->stores.safe_push(st);
}

/* Folio helpers that read its index or its mapping (census). */
#define INDEX_READERS	"folio_index,folio_pgoff,folio_pos,folio_file_pos,folio_next_index"
#define MAPPING_READERS	"folio_mapping,folio_file_mapping,folio_flush_mapping"

/* Census: does the function read a folio's index or mapping? */
static void note_folio_reads(struct summary *s, gimple *stmt)
{
	const char *callee;
	tree ref;

	if (is_gimple_call(stmt)) {
		callee = callee_name(stmt);
		if (!callee)
			return;
		s->reads_index |= fc_list_has(INDEX_READERS, callee);
		s->reads_mapping |= fc_list_has(MAPPING_READERS, callee);
		return;
	}
	if (!gimple_assign_single_p(stmt))
		return;
	ref = gimple_assign_rhs1(stmt);
	if (TREE_CODE(ref) != COMPONENT_REF || !DECL_NAME(TREE_OPERAND(ref, 1)))
		return;
	for (tree obj = TREE_OPERAND(ref, 0);; obj = TREE_OPERAND(obj, 0)) {
		const char *tag = type_name(TYPE_MAIN_VARIANT(TREE_TYPE(obj)));
		const char *name = IDENTIFIER_POINTER(DECL_NAME(TREE_OPERAND(ref, 1)));

		if (tag) {
			if (strcmp(tag, "folio"))
				return;
			s->reads_index |= !strcmp(name, "index");
			s->reads_mapping |= !strcmp(name, "mapping");
			return;
		}
		if (TREE_CODE(obj) != COMPONENT_REF)
			return;
	}
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
static void summarise_call(struct summary *s, function *fun, struct call *c)
{
	gimple *stmt = const_cast<gimple *>(c->stmt);
	unsigned int n = gimple_call_num_args(stmt);
	tree lhs = gimple_call_lhs(stmt);

	if (lhs && is_folio_pointer(TREE_TYPE(lhs)) &&
	    is_page_pointer(gimple_call_return_type(as_a<gcall *>(stmt))))
		add_call_site(s, fun, c->loc, stmt);
	for (unsigned int i = 0; i < n && i < MAX_PARAMS; i++) {
		tree value = gimple_call_arg(stmt, i);
		struct arg a;

		if (!is_page_pointer(TREE_TYPE(value)))
			continue;
		if (is_folio_pointer(param_type(stmt, i))) {
			add_site(s, fun, c->loc, SINK_CAST, value);
			continue;
		}
		a.index = i;
		a.origins = origins_of(fun, s, value, c->loc);
		if (!a.origins.is_empty() || fc_opts.census)
			c->args.safe_push(a);
	}
	if (!c->args.is_empty())
		c->sanctioned = fc_allowed_at(RULE, c->loc, s->name);
}

/*
 * A page returned from a function returning struct folio * is converted by
 * the return ("return (struct folio *)page;" keeps no cast in GIMPLE).
 * Otherwise the returned page's memory is the function's.
 */
static void summarise_return(struct summary *s, function *fun, greturn *ret)
{
	tree value = gimple_return_retval(ret);
	location_t loc = gimple_location(ret);
	vec<origin> o;

	if (!value || !is_page_pointer(TREE_TYPE(value)))
		return;
	if (is_folio_pointer(TREE_TYPE(DECL_RESULT(fun->decl)))) {
		add_site(s, fun, loc, written_as(loc, SINK_CAST), value);
		return;
	}
	o = origins_of(fun, s, value, loc);
	s->returns.safe_splice(o);
	o.release();
}

static struct summary *new_summary(tree fndecl)
{
	struct summary *s = XCNEW(struct summary);

	s->name = fc_function_name(fndecl);
	s->exported = TREE_PUBLIC(fndecl);
	summaries.safe_push(s);
	if (!summary_of)
		summary_of = new hash_map<nofree_string_hash, summary *>;
	summary_of->put(s->name, s);
	return s;
}

/* Every named call gets a record first, so origins can point at it. */
static void record_calls(struct summary *s, function *fun)
{
	basic_block bb;

	FOR_EACH_BB_FN(bb, fun)
		for (gimple_stmt_iterator gsi = gsi_start_bb(bb); !gsi_end_p(gsi);
		     gsi_next(&gsi)) {
			gimple *stmt = gsi_stmt(gsi);
			struct call c = {};

			if (!is_gimple_call(stmt) || !callee_name(stmt))
				continue;
			c.callee = callee_name(stmt);
			c.loc = gimple_location(stmt);
			c.stmt = stmt;
			s->calls.safe_push(c);
		}
}

static void summarise_function(function *fun)
{
	struct summary *s = new_summary(fun->decl);
	basic_block bb;

	record_calls(s, fun);
	for (unsigned int i = 0; i < s->calls.length(); i++)
		summarise_call(s, fun, &s->calls[i]);
	FOR_EACH_BB_FN(bb, fun)
		for (gimple_stmt_iterator gsi = gsi_start_bb(bb); !gsi_end_p(gsi);
		     gsi_next(&gsi)) {
			gimple *stmt = gsi_stmt(gsi);

			if (fc_opts.census)
				note_folio_reads(s, stmt);
			if (is_gimple_assign(stmt)) {
				summarise_conversion(s, fun, stmt);
				if (gimple_assign_single_p(stmt))
					summarise_store(s, fun, stmt);
			} else if (greturn *ret = dyn_cast<greturn *>(stmt)) {
				summarise_return(s, fun, ret);
			}
		}
	for (unsigned int i = 0; i < s->calls.length(); i++)
		s->calls[i].stmt = NULL;
}

/* ---- the unit-wide propagation ---- */

static struct summary *lookup(const char *name)
{
	struct summary **s = summary_of ? summary_of->get(name) : NULL;

	return s ? *s : NULL;
}

static kinds *field_node(const char *field)
{
	kinds **k;

	if (!field_kinds)
		field_kinds = new hash_map<nofree_string_hash, kinds *>;
	k = field_kinds->get(field);
	if (k)
		return *k;
	field_kinds->put(field, XCNEW(kinds));
	return *field_kinds->get(field);
}

/* Add W to K unless K knows its memory already; true when added. */
static bool add_witness(kinds *k, const struct witness *w)
{
	for (unsigned int i = 0; i < k->length(); i++)
		if (!strcmp((*k)[i].memory, w->memory))
			return false;
	k->safe_push(*w);
	return true;
}

static bool add_all(kinds *k, const kinds *from)
{
	bool changed = false;

	for (unsigned int i = 0; i < from->length(); i++)
		changed |= add_witness(k, &(*from)[i]);
	return changed;
}

static void kinds_of_list(const struct summary *s, const vec<origin> *list,
			  kinds *out, bool params, int depth);

/*
 * The memory an origin in S may hold.  A call's result holds what the
 * callee returns, and what the call passes for a parameter the callee
 * returns as it is (a pass-through is solved at each call, not merged
 * over all callers).  A parameter holds what S's callers pass, when
 * PARAMS: a conversion of a parameter is reported at the calls instead.
 */
static void kinds_of(const struct summary *s, const struct origin *o,
		     kinds *out, bool params, int depth)
{
	const struct summary *callee;
	struct witness w;

	switch (o->kind) {
	case ORIGIN_SOURCE:
		w.memory = o->memory;
		w.source = o->from ? o->from : o->name;
		w.loc = o->loc;
		add_witness(out, &w);
		return;
	case ORIGIN_PARAM:
		if (params)
			add_all(out, &s->params[o->index]);
		return;
	case ORIGIN_FIELD:
		add_all(out, field_node(o->name));
		return;
	case ORIGIN_CALL:
		callee = lookup(o->name);
		if (!callee)
			return;
		add_all(out, &callee->ret);
		if (!callee->pass_params || o->index < 0 || depth >= MAX_CALL_DEPTH)
			return;
		for (unsigned int i = 0; i < s->calls[o->index].args.length(); i++) {
			const struct arg *a = &s->calls[o->index].args[i];

			if (callee->pass_params & (1ULL << a->index))
				kinds_of_list(s, &a->origins, out, params,
					      depth + 1);
		}
		return;
	}
}

static void kinds_of_list(const struct summary *s, const vec<origin> *list,
			  kinds *out, bool params, int depth)
{
	for (unsigned int i = 0; i < list->length(); i++)
		kinds_of(s, &(*list)[i], out, params, depth);
}

/* Does CALLEE convert its argument I (the data, or its own body)? */
static bool callee_converts(const char *callee, int i)
{
	const struct summary *s = lookup(callee);

	return sink_converts(callee, i) ||
	       (s && (s->sink_params & (1ULL << i)));
}

/*
 * Parameters that reach a conversion make S a sink for them, unless the
 * data sanctions the conversion: the page allocator converts in its free
 * path, which does not make __free_pages() a conversion for its callers.
 */
static bool mark_sink_params(struct summary *s, const vec<origin> *origins)
{
	bool changed = false;

	for (unsigned int j = 0; j < origins->length(); j++) {
		const struct origin *o = &(*origins)[j];
		unsigned long long bit = 1ULL << o->index;

		if (o->kind == ORIGIN_PARAM && !(s->sink_params & bit)) {
			s->sink_params |= bit;
			changed = true;
		}
	}
	return changed;
}

static bool solve_sinks(struct summary *s)
{
	bool changed = false;

	for (unsigned int i = 0; i < s->sites.length(); i++)
		if (!s->sites[i].sanctioned)
			changed |= mark_sink_params(s, &s->sites[i].origins);
	for (unsigned int i = 0; i < s->calls.length(); i++)
		for (unsigned int j = 0; j < s->calls[i].args.length(); j++) {
			const struct arg *a = &s->calls[i].args[j];

			if (!s->calls[i].sanctioned &&
			    callee_converts(s->calls[i].callee, a->index))
				changed |= mark_sink_params(s, &a->origins);
		}
	return changed;
}

static bool solve_memory(struct summary *s)
{
	bool changed = false;
	kinds k = vNULL;

	for (unsigned int i = 0; i < s->returns.length(); i++) {
		const struct origin *o = &s->returns[i];

		if (o->kind == ORIGIN_PARAM &&
		    !(s->pass_params & (1ULL << o->index))) {
			s->pass_params |= 1ULL << o->index;
			changed = true;
		}
	}
	kinds_of_list(s, &s->returns, &k, false, 0);
	changed |= add_all(&s->ret, &k);
	for (unsigned int i = 0; i < s->calls.length(); i++) {
		struct summary *callee = lookup(s->calls[i].callee);

		for (unsigned int j = 0; callee && j < s->calls[i].args.length(); j++) {
			const struct arg *a = &s->calls[i].args[j];

			k.truncate(0);
			kinds_of_list(s, &a->origins, &k, true, 0);
			changed |= add_all(&callee->params[a->index], &k);
		}
	}
	for (unsigned int i = 0; i < s->stores.length(); i++) {
		k.truncate(0);
		kinds_of_list(s, &s->stores[i].origins, &k, true, 0);
		changed |= add_all(field_node(s->stores[i].field), &k);
	}
	k.release();
	return changed;
}

static void solve(void)
{
	bool changed;

	do {
		changed = false;
		for (unsigned int i = 0; i < summaries.length(); i++) {
			changed |= solve_sinks(summaries[i]);
			changed |= solve_memory(summaries[i]);
		}
	} while (changed);
}

/* ---- reporting ---- */

/* What a conversion of a page from origin O in S meets. */
struct verdict {
	const struct origin *via;	/* the origin at the conversion */
	struct witness what;		/* the memory and where it started */
};

/*
 * A field stores pages from all over the unit: when it also holds folio
 * pages, which one a load sees is a run-time property, not a finding.
 */
static bool field_mixed(const struct origin *o)
{
	const kinds *k;

	if (o->kind != ORIGIN_FIELD)
		return false;
	k = field_node(o->name);
	for (unsigned int i = 0; i < k->length(); i++)
		if (memory_class((*k)[i].memory) != FC_MEMORY_NONFOLIO)
			return true;
	return false;
}

/* The first origin whose memory has a kind of class CLS (reported only). */
static bool classify(const struct summary *s, const vec<origin> *origins,
		     enum fc_memory_class cls, bool reported_only,
		     struct verdict *v)
{
	bool found = false;
	kinds k = vNULL;

	for (unsigned int i = 0; !found && i < origins->length(); i++) {
		const struct origin *o = &(*origins)[i];

		if (o->kind == ORIGIN_PARAM ||
		    (cls == FC_MEMORY_NONFOLIO && field_mixed(o)))
			continue;
		k.truncate(0);
		kinds_of(s, o, &k, false, 0);
		for (unsigned int j = 0; !found && j < k.length(); j++) {
			const char *memory = k[j].memory;

			if (memory_class(memory) != cls ||
			    (reported_only && !memory_reported(memory)))
				continue;
			v->via = o;
			v->what = k[j];
			found = true;
		}
	}
	k.release();
	return found;
}

/* "page-table page converted to a folio by 'PageAnon' (why)" */
static char *site_message(const char *memory, const char *sink)
{
	const struct fc_memory *m = memory_find(memory);
	char *what, *message;

	what = strcmp(sink, SINK_CAST) ? xasprintf("'%s'", sink)
				       : xstrdup("a cast to 'struct folio *'");
	message = m->why ?
		xasprintf("%s converted to a folio by %s (%s)", m->noun, what, m->why) :
		xasprintf("%s converted to a folio by %s", m->noun, what);
	free(what);
	return message;
}

static char *origin_note(const struct verdict *v)
{
	const struct origin *via = v->via;

	if (via->kind == ORIGIN_SOURCE && !via->from)
		return xasprintf("page comes from '%s' here", via->name);
	return xasprintf("page comes from '%s' here (it %s a page from '%s')",
			 via->name, via->kind == ORIGIN_FIELD ? "holds" : "returns",
			 v->what.source);
}

static void report_site(const struct summary *s, location_t loc,
			const char *sink, const struct verdict *v)
{
	const char *memory = v->what.memory;
	char *message = site_message(memory, sink), *note = origin_note(v);
	char *expr = xasprintf("%s(%s)", sink, v->via->name);
	json_t *fields = json_object(), *source = fc_location_json(v->via->loc);
	struct fc_finding f;

	json_object_set_new(source, "what", json_string(v->via->name));
	json_object_set_new(fields, "memory", json_string(memory));
	json_object_set_new(fields, "sink", json_string(sink));
	json_object_set_new(fields, "source", source);
	if (strcmp(v->via->name, v->what.source)) {
		json_t *origin = fc_location_json(v->what.loc);

		json_object_set_new(origin, "what", json_string(v->what.source));
		json_object_set_new(fields, "origin", origin);
	}
	f.rule = RULE;
	f.loc = loc;
	f.function = s->name;
	f.subject = sink;
	f.expr = expr;
	f.message = message;
	f.fields = fields;
	f.note_loc = v->via->loc;
	f.note = note;
	f.chain_note = false;
	fc_report(&f);
	free(message);
	free(note);
	free(expr);
}

static json_t *census;

static bool has_param(const vec<origin> *origins)
{
	for (unsigned int i = 0; i < origins->length(); i++)
		if ((*origins)[i].kind == ORIGIN_PARAM)
			return true;
	return false;
}

/*
 * Census: what is known of the page a conversion meets.  A conversion
 * of a parameter is counted at each call of the unit that passes the
 * page, or, for a function other units call, here as unknown.
 */
static void census_record(const struct summary *s, location_t loc,
			  const char *sink, const vec<origin> *origins)
{
	static const enum fc_memory_class order[] = {
		FC_MEMORY_NONFOLIO, FC_MEMORY_RUNTIME, FC_MEMORY_FOLIO,
	};
	const char *cls = NULL, *memory = NULL;
	struct verdict v;
	json_t *j;

	for (size_t i = 0; !cls && i < ARRAY_SIZE(order); i++)
		if (classify(s, origins, order[i], false, &v)) {
			cls = memory_class_names[order[i]];
			memory = v.what.memory;
		}
	if (!cls) {
		if (has_param(origins) && !s->exported)
			return;
		cls = "unknown";
	}
	j = fc_location_json(loc);
	json_object_set_new(j, "function", json_string(s->name));
	json_object_set_new(j, "sink", json_string(sink));
	json_object_set_new(j, "class", json_string(cls));
	if (memory)
		json_object_set_new(j, "memory", json_string(memory));
	json_object_set_new(j, "reads_index", json_boolean(s->reads_index));
	json_object_set_new(j, "reads_mapping", json_boolean(s->reads_mapping));
	json_array_append_new(census, j);
}

static void check_conversion(const struct summary *s, location_t loc,
			     const char *sink, const vec<origin> *origins)
{
	struct verdict v;

	if (classify(s, origins, FC_MEMORY_NONFOLIO, true, &v))
		report_site(s, loc, sink, &v);
	if (census)
		census_record(s, loc, sink, origins);
}

/* One finding per conversion: its first origin of a reported kind. */
static void report_function(const struct summary *s)
{
	for (unsigned int i = 0; i < s->sites.length(); i++)
		check_conversion(s, s->sites[i].loc, s->sites[i].sink,
				 &s->sites[i].origins);
	for (unsigned int i = 0; i < s->calls.length(); i++) {
		const struct call *c = &s->calls[i];

		for (unsigned int j = 0; j < c->args.length(); j++)
			if (callee_converts(c->callee, c->args[j].index))
				check_conversion(s, c->loc, c->callee,
						 &c->args[j].origins);
	}
}

/* ---- summaries across units ---- */

/* A source of the annotation data (not one a summary brought in). */
static bool annotated_source(const char *fn)
{
	const struct fc_source *src = find_source(FC_SOURCE_FUNCTION, fn);

	return src && !src->from;
}

/*
 * What other units need of this one: the exported functions that convert
 * a parameter, and those that return pages of a known kind (the data's
 * own sources need no summary: vmalloc_to_page() walks page tables).
 */
static json_t *unit_summaries(void)
{
	json_t *sinks = json_array(), *sources = json_array();

	for (unsigned int i = 0; i < summaries.length(); i++) {
		const struct summary *s = summaries[i];

		if (!s->exported)
			continue;
		for (int p = 0; p < MAX_PARAMS; p++)
			if (s->sink_params & (1ULL << p))
				json_array_append_new(sinks, json_pack("{s:s,s:i}",
					"function", s->name, "arg", p));
		if (!s->ret.is_empty() && !annotated_source(s->name))
			json_array_append_new(sources, json_pack("{s:s,s:s,s:s}",
				"function", s->name, "memory", s->ret[0].memory,
				"from", s->ret[0].source));
	}
	return json_pack("{s:o,s:o}", "sinks", sinks, "sources", sources);
}

static bool summaries_error(const char *path, const char *what)
{
	fc_error("%s: %s", path, what);
	return false;
}

static bool load_sinks(const char *path, json_t *list)
{
	json_t *e;
	size_t i;

	json_array_foreach(list, i, e) {
		const char *fn = json_string_value(json_object_get(e, "function"));
		json_t *arg = json_object_get(e, "arg");

		if (!fn || !json_is_integer(arg) || json_integer_value(arg) < 0 ||
		    json_integer_value(arg) >= MAX_PARAMS)
			return summaries_error(path, "a sink needs 'function' and 'arg' (0-63)");
		add_sink(fn, json_integer_value(arg));
	}
	return true;
}

static bool load_sources(const char *path, json_t *list)
{
	json_t *e;
	size_t i;

	json_array_foreach(list, i, e) {
		const char *fn = json_string_value(json_object_get(e, "function"));
		const char *memory = json_string_value(json_object_get(e, "memory"));
		const char *from = json_string_value(json_object_get(e, "from"));

		if (!fn || !memory || !from)
			return summaries_error(path, "a source needs 'function', 'memory' and 'from'");
		if (!memory_find(memory)) {
			fc_error("%s: source %qs: memory kind %qs is not in %s",
			      path, fn, memory, fc_ann.path);
			return false;
		}
		if (!find_source(FC_SOURCE_FUNCTION, fn))
			add_function_source(fn, memory, from);
	}
	return true;
}

/* The "summaries" of a build report (foliocheck-report collect). */
static bool load_summaries(const char *path)
{
	FILE *f = fopen(path, "r");
	json_error_t err;
	json_t *doc, *sums, *sinks, *sources;
	bool ok;

	if (!f) {
		fc_error("%s: cannot read summaries: %s", path,
		      xstrerror(errno));
		return false;
	}
	doc = json_loadf(f, 0, &err);
	fclose(f);
	if (!doc) {
		fc_error("%s:%d: invalid JSON: %s", path, err.line,
		      err.text);
		return false;
	}
	sums = json_object_get(doc, "summaries");
	sinks = json_object_get(sums, "sinks");
	sources = json_object_get(sums, "sources");
	ok = json_is_array(sinks) && json_is_array(sources);
	if (!ok)
		summaries_error(path, "no 'summaries' with 'sinks' and 'sources' arrays (give a report of foliocheck-report collect)");
	ok = ok && load_sinks(path, sinks) && load_sources(path, sources);
	json_decref(doc);
	return ok;
}

static void check_unit(void)
{
	solve();
	if (fc_opts.census)
		census = json_array();
	for (unsigned int i = 0; i < summaries.length(); i++)
		report_function(summaries[i]);
	fc_document_set("summaries", unit_summaries());
	if (census)
		fc_document_set("census", census);
}

static bool parse_memory(struct fc_ann_line *l)
{
	struct fc_memory m = {};
	char *noun, *why, *stages, *cls;
	size_t c = 0;

	if (l->nr_words < 2 || l->keys[1] || !fc_valid_identifier(l->words[1]))
		return fc_ann_error(l, "'memory' needs a KIND name");
	l->used[1] = true;
	if (memory_find(l->words[1]))
		return fc_ann_error(l, "memory kind '%s' declared twice", l->words[1]);
	noun = fc_ann_key(l, "noun");
	why = fc_ann_key(l, "why");
	stages = fc_ann_key(l, "stages");
	cls = fc_ann_key(l, "class");
	if (!fc_ann_all_taken(l))
		return false;
	if (!noun || !*noun)
		return fc_ann_error(l, "memory kind '%s' has no noun=", l->words[1]);
	if (stages && !fc_ann_stages(l, "stages", stages, &m.stages))
		return false;
	for (; cls && c < FC_NR_MEMORY_CLASSES; c++)
		if (!strcmp(cls, memory_class_names[c]))
			break;
	if (c == FC_NR_MEMORY_CLASSES)
		return fc_ann_error(l, "memory: class=%s is unknown (known: nonfolio, folio, runtime)",
				 cls);
	m.name = xstrdup(l->words[1]);
	m.noun = xstrdup(noun);
	m.why = fc_dup_optional(why);
	m.memory_class = (enum fc_memory_class)c;
	FC_APPEND(memories, nr_memories, m);
	return true;
}

/* "STRUCT.FIELD" */
static bool valid_field(const char *s)
{
	char *copy = xstrdup(s), *dot = strchr(copy, '.');
	bool ok = dot && (*dot = '\0', fc_valid_identifier(copy)) &&
		  fc_valid_identifier(dot + 1);

	free(copy);
	return ok;
}

static bool parse_source(struct fc_ann_line *l)
{
	static const char *const kinds[] = { "function", "macro", "type", "field" };
	struct fc_source src = {};
	char *memory, *argtypes, *argfrom;
	size_t by;

	if (l->nr_words < 3 || l->keys[1] || l->keys[2])
		return fc_ann_error(l, "'source' needs function|macro|type NAME");
	l->used[1] = l->used[2] = true;
	for (by = 0; by < ARRAY_SIZE(kinds); by++)
		if (!strcmp(l->words[1], kinds[by]))
			break;
	if (by == ARRAY_SIZE(kinds))
		return fc_ann_error(l, "source: '%s' is not function, macro, type or field",
				 l->words[1]);
	if (by == FC_SOURCE_FIELD ? !valid_field(l->words[2])
				  : !fc_valid_identifier(l->words[2]))
		return fc_ann_error(l, by == FC_SOURCE_FIELD ?
				 "source: '%s' is not STRUCT.FIELD" :
				 "source: '%s' is not a name", l->words[2]);
	memory = fc_ann_key(l, "memory");
	argtypes = fc_ann_key(l, "argtype");
	argfrom = fc_ann_key(l, "argfrom");
	if (!fc_ann_all_taken(l))
		return false;
	if (!memory || !fc_valid_identifier(memory))
		return fc_ann_error(l, "source '%s' needs memory=KIND (pagetable, slab, zsmalloc, bare, ...)",
				 l->words[2]);
	if (!memory_find(memory))
		return fc_ann_error(l, "source '%s': memory kind '%s' is not declared above (memory %s noun=\"...\")",
				 l->words[2], memory, memory);
	if ((argtypes || argfrom) && by != FC_SOURCE_MACRO)
		return fc_ann_error(l, "argtype= and argfrom= are for macro sources");
	if ((argtypes && !fc_valid_name_list(argtypes)) || (argfrom && !fc_valid_name_list(argfrom)))
		return fc_ann_error(l, "argtype= and argfrom= take NAME[,NAME...]");
	src.by = (enum fc_source_by)by;
	src.name = xstrdup(l->words[2]);
	src.memory = xstrdup(memory);
	src.argtypes = fc_dup_optional(argtypes);
	src.argfrom = fc_dup_optional(argfrom);
	FC_APPEND(sources, nr_sources, src);
	return true;
}

static bool parse_sink(struct fc_ann_line *l)
{
	struct fc_sink sink = {};
	char *arg, *when, *end;

	if (l->nr_words < 3 || l->keys[1] || l->keys[2] ||
	    strcmp(l->words[1], "function"))
		return fc_ann_error(l, "'sink' needs function NAME");
	l->used[1] = l->used[2] = true;
	if (!fc_valid_identifier(l->words[2]))
		return fc_ann_error(l, "sink: '%s' is not a name", l->words[2]);
	arg = fc_ann_key(l, "arg");
	when = fc_ann_key(l, "when");
	if (!fc_ann_all_taken(l))
		return false;
	if (arg) {
		errno = 0;
		sink.arg = strtol(arg, &end, 10);
		if (!*arg || *end || errno || sink.arg < 0 || sink.arg > 64)
			return fc_ann_error(l, "sink: arg=%s is not an argument number (0-64)",
					 arg);
	}
	if (when && strcmp(when, "folio-result"))
		return fc_ann_error(l, "sink: when=%s is unknown (known: folio-result)",
				 when);
	sink.function = xstrdup(l->words[2]);
	sink.folio_result = when != NULL;
	FC_APPEND(sinks, nr_sinks, sink);
	return true;
}

static void select_stage(unsigned int stages)
{
	for (int i = 0; i < nr_memories; i++)
		memories[i].active = !memories[i].stages ||
				     (memories[i].stages & stages);
}

static void register_hooks(void)
{
	if (fc_opts.summaries && !load_summaries(fc_opts.summaries))
		return;
	fc_register_gimple_hook(summarise_function);
	fc_register_unit_end_hook(check_unit);
}

static const struct fc_directive directives[] = {
	{ "memory", parse_memory },
	{ "source", parse_source },
	{ "sink", parse_sink },
	{ NULL, NULL },
};

static const struct fc_rule_count counts[] = {
	{ "memory", "By memory (nonfolio-conversion)" },
	{ NULL, NULL },
};

const struct fc_check check_nonfolio = {
	RULE,
	"NonFolioPageConvertedToFolio",
	"A page that is not a folio is converted to a folio",
	"A page that belongs to a page table, a slab, zsmalloc or nothing (a bare "
	"page) reaches page_folio() or a helper that converts through it "
	"(PageAnon(), PageSlab(), ...). Under the memdesc plan page_folio() returns "
	"NULL for such pages.",
	"Use the page's own memory descriptor (struct ptdesc, struct slab, struct "
	"zpdesc) or a page-level test instead of converting it to a folio.",
	counts,
	directives,
	select_stage,
	register_hooks,
};
