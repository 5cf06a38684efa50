/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * check_page_member.cc - rule "page-member": direct uses of struct page
 * members that the active annotation stage slates for removal.
 *
 * Before:				After:
 *	off = page->index;		off = folio->index;
 *	list_add(&page->lru, &l);	list_add(&folio->lru, &l);
 *
 * The walk runs on each function's GENERIC (PLUGIN_PRE_GENERICIZE), so it
 * sees every body the front end parsed: unused static inline helpers of
 * headers, and code under compile-time-dead branches that the optimisers
 * delete before any GIMPLE pass would run, whatever the -O level.
 *
 * A member is recognised by its FIELD_DECL's name and by the object it is
 * selected from: operand 0, followed through the unnamed fields of the
 * anonymous unions and structs, must have type struct page.  A member of
 * the same name in struct folio, ptdesc, slab or a driver's own struct is
 * therefore never reported.
 *
 * What the front end folds before any walk (sizeof, typeof, offsetof in
 * container_of and list_first_entry, VM_BUG_ON under !DEBUG_VM, 0 && ...)
 * comes from the front end itself (fc_watch_decl): each such reference
 * on a line where the walk found none of that member is a finding too,
 * "folded".  And since the front end hands over every reference, a body
 * where it handed over none names no slated member and is not walked:
 * most bodies of a unit are header helpers that touch no struct page.
 */
#include "foliocheck.h"

#define RULE	"page-member"

/* A member the data slates: "member page.index stages=... advice=...". */
struct fc_member {
	char *struct_name;		/* "page" for struct page */
	char *member;			/* "index" */
	char *advice;			/* replacement advice */
	char *renamed;			/* later name, or NULL */
	unsigned int stages;		/* bit mask of stages slating it */
	bool active;			/* slated by the selected stage */
};

static struct fc_member *members;
static int nr_members;

enum access_bits {
	AC_READ = 1,
	AC_WRITE = 2,
	AC_ADDRESS = 4,
	AC_FOLDED = 8,		/* seen by the front end only */
};

/*
 * A slated member, with the identifiers to compare FIELD_DECLs against:
 * one for its name, one for the name a later tree gives it (renamed=),
 * so that page->__folio_index is the member index.
 */
struct slated {
	tree struct_id;
	tree member_id;
	const struct fc_member *ann;
	const char *spelled;		/* the later name, or NULL */
};

/* One reference found in the current function. */
struct member_ref {
	location_t loc;			/* as GCC gave it (maybe virtual) */
	expanded_location where;	/* outermost expansion point */
	const struct fc_member *ann;
	const char *spelled;		/* as the tree spells it, if renamed */
	unsigned int access;
	char *expr;
	int order;
};

static struct slated *slated;
static int nr_slated;

/* A reference the front end saw, kept until its function is walked. */
struct front_end_use {
	location_t loc;
	const struct slated *s;
	tree fndecl;		/* NULL_TREE at file scope */
};

static vec<front_end_use> front_end_uses;

struct walk_state {
	location_t last_loc;		/* for nodes without a location */
	vec<member_ref> refs;
	hash_set<tree> *seen_save_exprs;
};

static tree record_name(tree type)
{
	tree name;

	if (!type || TREE_CODE(type) == ERROR_MARK)
		return NULL_TREE;
	type = TYPE_MAIN_VARIANT(type);
	if (TREE_CODE(type) != RECORD_TYPE)
		return NULL_TREE;
	name = TYPE_NAME(type);
	if (name && TREE_CODE(name) == TYPE_DECL)
		name = DECL_NAME(name);
	return name;
}

/* The object a member is selected from, past anonymous unions/structs. */
static tree containing_object(tree ref)
{
	tree obj = TREE_OPERAND(ref, 0);

	while (TREE_CODE(obj) == COMPONENT_REF &&
	       !DECL_NAME(TREE_OPERAND(obj, 1)))
		obj = TREE_OPERAND(obj, 0);
	return obj;
}

static const struct slated *slated_member(tree ref)
{
	tree field = TREE_OPERAND(ref, 1);
	tree name = TREE_CODE(field) == FIELD_DECL ? DECL_NAME(field) : NULL_TREE;

	if (!name)
		return NULL;
	for (int i = 0; i < nr_slated; i++) {
		if (slated[i].member_id != name)
			continue;
		if (record_name(TREE_TYPE(containing_object(ref))) ==
		    slated[i].struct_id)
			return &slated[i];
	}
	return NULL;
}

/*
 * A short text of the expression for the fingerprint: variable names and
 * named members only, so it survives edits elsewhere and a different
 * anonymous-union layout ("page->index", "folio->page.index").
 */
static void render(tree t, char *buf, size_t size)
{
	size_t len = strlen(buf);
	tree obj;

	if (len + 1 >= size)
		return;
	switch (TREE_CODE(t)) {
	case COMPONENT_REF:
		obj = TREE_OPERAND(t, 0);
		if (!DECL_NAME(TREE_OPERAND(t, 1))) {
			render(obj, buf, size);
			return;
		}
		if (TREE_CODE(obj) == INDIRECT_REF || TREE_CODE(obj) == MEM_REF) {
			render(TREE_OPERAND(obj, 0), buf, size);
			len = strlen(buf);
			snprintf(buf + len, size - len, "->%s",
				 IDENTIFIER_POINTER(DECL_NAME(TREE_OPERAND(t, 1))));
			return;
		}
		render(obj, buf, size);
		len = strlen(buf);
		snprintf(buf + len, size - len, ".%s",
			 IDENTIFIER_POINTER(DECL_NAME(TREE_OPERAND(t, 1))));
		return;
	case INDIRECT_REF:
	case MEM_REF:
		snprintf(buf + len, size - len, "*");
		render(TREE_OPERAND(t, 0), buf, size);
		return;
	case ARRAY_REF:
		render(TREE_OPERAND(t, 0), buf, size);
		len = strlen(buf);
		snprintf(buf + len, size - len, "[]");
		return;
	case POINTER_PLUS_EXPR:
		render(TREE_OPERAND(t, 0), buf, size);
		len = strlen(buf);
		snprintf(buf + len, size - len, "+");
		return;
	CASE_CONVERT:
	case NON_LVALUE_EXPR:
	case SAVE_EXPR:
	case ADDR_EXPR:
		render(TREE_OPERAND(t, 0), buf, size);
		return;
	case CALL_EXPR:
		if (get_callee_fndecl(t) && DECL_NAME(get_callee_fndecl(t)))
			snprintf(buf + len, size - len, "%s()",
				 IDENTIFIER_POINTER(DECL_NAME(get_callee_fndecl(t))));
		else
			snprintf(buf + len, size - len, "call()");
		return;
	default:
		if (DECL_P(t) && DECL_NAME(t))
			snprintf(buf + len, size - len, "%s",
				 IDENTIFIER_POINTER(DECL_NAME(t)));
		else
			snprintf(buf + len, size - len, "<%s>",
				 get_tree_code_name(TREE_CODE(t)));
		return;
	}
}

static void push_ref(vec<member_ref> *refs, location_t loc,
		     const struct slated *s, unsigned int access, char *expr)
{
	struct member_ref r;

	r.loc = loc;
	r.where = expand_location(linemap_resolve_location(line_table, loc,
					LRK_MACRO_EXPANSION_POINT, NULL));
	r.ann = s->ann;
	r.spelled = s->spelled;
	r.access = access;
	r.expr = expr;
	r.order = refs->length();
	refs->safe_push(r);
}

static void record_ref(struct walk_state *ws, tree ref,
		       const struct slated *s, unsigned int access)
{
	char buf[256] = "";
	size_t n;

	render(ref, buf, sizeof(buf));
	/*
	 * The fingerprint names the member as the data does, so one site
	 * has one fingerprint in trees before and after the rename.
	 */
	n = strlen(buf);
	if (s->spelled && n >= strlen(s->spelled) &&
	    !strcmp(buf + n - strlen(s->spelled), s->spelled))
		snprintf(buf + n - strlen(s->spelled), sizeof(buf) - n +
			 strlen(s->spelled), "%s", s->ann->member);
	push_ref(&ws->refs, EXPR_HAS_LOCATION(ref) ? EXPR_LOCATION(ref) :
		 ws->last_loc, s, access, xstrdup(buf));
}

static tree walk_cb(tree *tp, int *walk_subtrees, void *data);

static void walk_value(struct walk_state *ws, tree t)
{
	walk_tree(&t, walk_cb, ws, NULL);
}

static tree strip_casts(tree t)
{
	while (CONVERT_EXPR_P(t) || TREE_CODE(t) == NON_LVALUE_EXPR)
		t = TREE_OPERAND(t, 0);
	return t;
}

/*
 * Walk a reference used with ACCESS.  Every member selected on the way
 * down is used the same way: reading p->lru.next reads p->lru.  An address
 * that is only dereferenced (READ_ONCE(page->mapping) is
 * *(volatile T *)&page->mapping) is the access the dereference performs.
 */
static void walk_ref(struct walk_state *ws, tree t, unsigned int access)
{
	for (;;) {
		const struct slated *s;
		tree ptr;

		if (EXPR_HAS_LOCATION(t))
			ws->last_loc = EXPR_LOCATION(t);
		switch (TREE_CODE(t)) {
		case COMPONENT_REF:
			s = slated_member(t);
			if (s)
				record_ref(ws, t, s, access);
			t = TREE_OPERAND(t, 0);
			break;
		case ARRAY_REF:
		case ARRAY_RANGE_REF:
			walk_value(ws, TREE_OPERAND(t, 1));
			t = TREE_OPERAND(t, 0);
			break;
		case REALPART_EXPR:
		case IMAGPART_EXPR:
		case VIEW_CONVERT_EXPR:
		case BIT_FIELD_REF:
			t = TREE_OPERAND(t, 0);
			break;
		case INDIRECT_REF:
		case MEM_REF:
			ptr = strip_casts(TREE_OPERAND(t, 0));
			if (TREE_CODE(ptr) == ADDR_EXPR) {
				t = TREE_OPERAND(ptr, 0);
				break;
			}
			walk_value(ws, TREE_OPERAND(t, 0));
			return;
		default:
			walk_value(ws, t);
			return;
		}
	}
}

static tree walk_cb(tree *tp, int *walk_subtrees, void *data)
{
	struct walk_state *ws = (struct walk_state *)data;
	tree t = *tp;

	if (TYPE_P(t) || TREE_CODE(t) == ERROR_MARK) {
		*walk_subtrees = 0;
		return NULL_TREE;
	}
	if (EXPR_HAS_LOCATION(t))
		ws->last_loc = EXPR_LOCATION(t);
	switch (TREE_CODE(t)) {
	case MODIFY_EXPR:
	case INIT_EXPR:
		walk_ref(ws, TREE_OPERAND(t, 0), AC_WRITE);
		walk_value(ws, TREE_OPERAND(t, 1));
		break;
	case PREINCREMENT_EXPR:
	case PREDECREMENT_EXPR:
	case POSTINCREMENT_EXPR:
	case POSTDECREMENT_EXPR:
		walk_ref(ws, TREE_OPERAND(t, 0), AC_READ | AC_WRITE);
		walk_value(ws, TREE_OPERAND(t, 1));
		break;
	case ADDR_EXPR:
		walk_ref(ws, TREE_OPERAND(t, 0), AC_ADDRESS);
		break;
	case COMPONENT_REF:
	case ARRAY_REF:
	case ARRAY_RANGE_REF:
	case INDIRECT_REF:
	case MEM_REF:
	case REALPART_EXPR:
	case IMAGPART_EXPR:
	case VIEW_CONVERT_EXPR:
	case BIT_FIELD_REF:
		walk_ref(ws, t, AC_READ);
		break;
	case SAVE_EXPR:
		/* Shared by every use; its operand is evaluated once. */
		if (ws->seen_save_exprs->add(t))
			break;
		return NULL_TREE;
	default:
		return NULL_TREE;
	}
	*walk_subtrees = 0;
	return NULL_TREE;
}

static const char *access_name(unsigned int access)
{
	if (access == AC_FOLDED)
		return "folded";
	switch (access & (AC_READ | AC_WRITE)) {
	case AC_READ | AC_WRITE:
		return "read-write";
	case AC_WRITE:
		return "write";
	case AC_READ:
		return "read";
	default:
		return "address";
	}
}

static char *message(const struct member_ref *r)
{
	const char *access = access_name(r->access);
	const struct fc_member *m = r->ann;
	char *spelled = r->spelled ?
		xasprintf("spelled '%s' in this tree; ", r->spelled) : xstrdup("");
	char *msg;

	if (!strcmp(access, "folded"))
		msg = xasprintf("'struct %s' member '%s' named in sizeof, typeof, offsetof or a folded condition (%sslated for removal; use %s)",
				m->struct_name, m->member, spelled, m->advice);
	else if (!strcmp(access, "address"))
		msg = xasprintf("address of 'struct %s' member '%s' taken (%sslated for removal; use %s)",
				m->struct_name, m->member, spelled, m->advice);
	else
		msg = xasprintf("direct %s of 'struct %s' member '%s' (%sslated for removal; use %s)",
				!strcmp(access, "read-write") ? "read and write" : access,
				m->struct_name, m->member, spelled, m->advice);
	free(spelled);
	return msg;
}

static void report_ref(tree fndecl, const struct member_ref *r)
{
	const struct fc_member *m = r->ann;
	char *msg = message(r), *key;
	json_t *fields = json_object();
	struct fc_finding f;

	json_object_set_new(fields, "struct", json_string(m->struct_name));
	json_object_set_new(fields, "member", json_string(m->member));
	json_object_set_new(fields, "access",
			    json_string(access_name(r->access)));
	json_object_set_new(fields, "stages", fc_stage_names(m->stages));
	json_object_set_new(fields, "advice", json_string(m->advice));
	if (m->renamed)
		json_object_set_new(fields, "renamed", json_string(m->renamed));
	if (r->spelled)
		json_object_set_new(fields, "spelled", json_string(r->spelled));
	f.rule = RULE;
	f.loc = r->loc;
	f.function = fc_function_name(fndecl);
	f.subject = m->member;
	/*
	 * The access is part of what the fingerprint names: a read added to
	 * a function that writes the member is a finding of its own, and
	 * does not take the write's fingerprint (a baseline would then call
	 * the old write new).
	 */
	key = concat(r->expr, " ", access_name(r->access), NULL);
	f.expr = key;
	f.message = msg;
	f.fields = fields;
	f.note_loc = UNKNOWN_LOCATION;
	f.note = NULL;
	f.chain_note = true;
	fc_report(&f);
	free(key);
	free(msg);
}

/*
 * Two trees of one reference may carry different location_t values (one
 * with a range) for the same place, so places are compared as positions.
 */
static int cmp_places(const expanded_location *a, const expanded_location *b)
{
	int c = fc_cmp_files(a->file, b->file);

	if (c)
		return c;
	if (a->line != b->line)
		return a->line - b->line;
	return a->column - b->column;
}

static int cmp_refs(const void *a, const void *b)
{
	const struct member_ref *x = (const struct member_ref *)a;
	const struct member_ref *y = (const struct member_ref *)b;
	int c = cmp_places(&x->where, &y->where);

	if (c)
		return c;
	if (x->ann != y->ann)
		return x->ann < y->ann ? -1 : 1;
	return x->order - y->order;
}

/*
 * One finding per member and place in the source: the two references of
 * "page->index += 2" are one read-write, and the several references one
 * list_for_each_entry() line expands to are one finding at that line.
 */
static void report_refs(tree fndecl, vec<member_ref> &refs)
{
	unsigned int i, j;

	refs.qsort(cmp_refs);
	for (i = 0; i < refs.length(); i = j) {
		struct member_ref merged = refs[i];

		for (j = i + 1; j < refs.length() &&
		     !cmp_places(&refs[j].where, &merged.where) &&
		     refs[j].ann == merged.ann; j++)
			merged.access |= refs[j].access;
		report_ref(fndecl, &merged);
	}
	for (i = 0; i < refs.length(); i++)
		free(refs[i].expr);
}

/*
 * The front end reports a reference at the line it is parsing: the line
 * of the member's name, or of the macro call it is in.  The walk places
 * it at the "->", which "page->\n\t\tindex" leaves a line or two above.
 */
#define SPLIT_LINES	2

static bool near_line(const expanded_location *ref,
		      const expanded_location *use, int lines)
{
	return use->line - ref->line >= 0 && use->line - ref->line <= lines &&
	       !fc_cmp_files(ref->file, use->file);
}

/*
 * The walk's reference to U's member on U's line, or failing that one
 * just above that no other use claimed: U is then no folded reference.
 */
static bool claim_walked(vec<member_ref> &refs, vec<bool> &claimed,
			 const struct member_ref *u, int lines)
{
	for (unsigned int i = 0; i < refs.length(); i++) {
		if (refs[i].ann != u->ann || refs[i].access == AC_FOLDED ||
		    !near_line(&refs[i].where, &u->where, lines))
			continue;
		if (lines && claimed[i])
			continue;
		claimed[i] = true;
		return true;
	}
	return false;
}

/* Drop the uses that claim_walked() finds in REFS within LINES. */
static void drop_walked(vec<member_ref> &refs, vec<bool> &claimed,
			vec<member_ref> &uses, int lines)
{
	for (unsigned int i = 0; i < uses.length(); i++)
		if (uses[i].expr && claim_walked(refs, claimed, &uses[i], lines)) {
			free(uses[i].expr);
			uses[i].expr = NULL;
		}
}

/*
 * Move FNDECL's front-end references into REFS, except those the walk
 * found too: the front end reports every reference, the walk those that
 * survive folding.  Folded references are placed by line only (the front
 * end knows the line being parsed, not the column), so the several of one
 * container_of() are one finding.
 */
static void add_front_end_uses(vec<member_ref> *refs, tree fndecl)
{
	vec<member_ref> uses = vNULL;
	vec<bool> claimed = vNULL;
	unsigned int i, kept = 0;

	for (i = 0; i < front_end_uses.length(); i++) {
		const struct front_end_use *u = &front_end_uses[i];

		if (u->fndecl != fndecl) {
			front_end_uses[kept++] = *u;
			continue;
		}
		push_ref(&uses, u->loc, u->s, AC_FOLDED,
			 concat("(folded)->", u->s->ann->member, NULL));
		uses.last().where.column = 0;
	}
	front_end_uses.truncate(kept);
	claimed.safe_grow_cleared(refs->length());
	drop_walked(*refs, claimed, uses, 0);
	drop_walked(*refs, claimed, uses, SPLIT_LINES);
	for (i = 0; i < uses.length(); i++) {
		if (!uses[i].expr)
			continue;
		uses[i].order = refs->length();
		refs->safe_push(uses[i]);
	}
	uses.release();
	claimed.release();
}

/* FNDECL's findings: its BODY walked (if any) and its front-end uses. */
static void check_body(tree fndecl, tree body)
{
	struct walk_state ws;

	ws.last_loc = fndecl ? DECL_SOURCE_LOCATION(fndecl) : UNKNOWN_LOCATION;
	ws.refs = vNULL;
	ws.seen_save_exprs = new hash_set<tree>;
	if (body)
		walk_value(&ws, body);
	add_front_end_uses(&ws.refs, fndecl);
	report_refs(fndecl, ws.refs);
	ws.refs.release();
	delete ws.seen_save_exprs;
}

static bool front_end_used_in(tree fndecl)
{
	for (unsigned int i = 0; i < front_end_uses.length(); i++)
		if (front_end_uses[i].fndecl == fndecl)
			return true;
	return false;
}

static void check_function(tree fndecl)
{
	if (fc_watch_complete(fndecl) && !front_end_used_in(fndecl))
		return;
	check_body(fndecl, DECL_SAVED_TREE(fndecl));
}

/* File scope, and functions the front end parsed but never finished. */
static void report_remaining_uses(void)
{
	while (front_end_uses.length())
		check_body(front_end_uses[0].fndecl, NULL_TREE);
}

static void on_field_use(const void *data, tree field, location_t loc,
			 tree fndecl)
{
	struct front_end_use u;

	u.loc = fc_spelled_location(loc, field);
	u.s = (const struct slated *)data;
	u.fndecl = fndecl;
	front_end_uses.safe_push(u);
}

static const struct slated *slated_by_name(tree struct_id, tree member_id)
{
	for (int i = 0; i < nr_slated; i++)
		if (slated[i].struct_id == struct_id &&
		    slated[i].member_id == member_id)
			return &slated[i];
	return NULL;
}

/* Watch the slated fields of TYPE, and of its anonymous unions/structs. */
static bool watch_fields(tree type, tree struct_id)
{
	for (tree f = TYPE_FIELDS(type); f; f = DECL_CHAIN(f)) {
		const struct slated *s;

		if (TREE_CODE(f) != FIELD_DECL)
			continue;
		if (!DECL_NAME(f)) {
			if (RECORD_OR_UNION_TYPE_P(TREE_TYPE(f)) &&
			    !watch_fields(TREE_TYPE(f), struct_id))
				return false;
			continue;
		}
		s = slated_by_name(struct_id, DECL_NAME(f));
		if (s && !fc_watch_decl(f, on_field_use, s))
			return false;
	}
	return true;
}

/*
 * The front end reports every "struct page" it parses, a declaration of a
 * pointer as much as the definition: the fields are watched once, when
 * the type is complete.
 */
static void check_type(tree type)
{
	static vec<tree> watched_types;
	tree name = record_name(type);
	int i;

	for (i = 0; i < nr_slated; i++)
		if (slated[i].struct_id == name)
			break;
	if (!name || i == nr_slated || !COMPLETE_TYPE_P(type))
		return;
	type = TYPE_MAIN_VARIANT(type);
	if (watched_types.contains(type))
		return;
	watched_types.safe_push(type);
	watch_fields(type, name);
}

static void add_slated(const struct fc_member *m, const char *name,
		       const char *spelled)
{
	slated = XRESIZEVEC(struct slated, slated, nr_slated + 1);
	slated[nr_slated].struct_id = get_identifier(m->struct_name);
	slated[nr_slated].member_id = get_identifier(name);
	slated[nr_slated].ann = m;
	slated[nr_slated].spelled = spelled;
	nr_slated++;
}

/* ---- the data: member STRUCT.MEMBER stages=... advice=... [renamed=...] ---- */

static struct fc_member *find_member(const char *strct, const char *member)
{
	for (int i = 0; i < nr_members; i++)
		if (!strcmp(members[i].struct_name, strct) &&
		    !strcmp(members[i].member, member))
			return &members[i];
	return NULL;
}

static bool parse_member(struct fc_ann_line *l)
{
	struct fc_member m = {};
	char *name = fc_ann_word(l, 1), *dot, *stages, *advice, *renamed;

	if (!name)
		return fc_ann_error(l, "'member' needs STRUCT.MEMBER");
	dot = strchr(name, '.');
	if (!dot)
		return fc_ann_error(l, "'%s' is not STRUCT.MEMBER", name);
	*dot = '\0';
	if (!fc_valid_identifier(name) || !fc_valid_identifier(dot + 1))
		return fc_ann_error(l, "'%s.%s' is not STRUCT.MEMBER", name, dot + 1);
	if (find_member(name, dot + 1))
		return fc_ann_error(l, "member '%s.%s' annotated twice", name, dot + 1);
	stages = fc_ann_key(l, "stages");
	advice = fc_ann_key(l, "advice");
	renamed = fc_ann_key(l, "renamed");
	if (!fc_ann_all_taken(l))
		return false;
	if (!stages)
		return fc_ann_error(l, "member '%s.%s' has no stages=", name, dot + 1);
	if (!fc_ann_stages(l, "stages", stages, &m.stages))
		return false;
	if (!advice || !*advice)
		return fc_ann_error(l, "member '%s.%s' has no advice=", name, dot + 1);
	m.struct_name = xstrdup(name);
	m.member = xstrdup(dot + 1);
	m.advice = xstrdup(advice);
	m.renamed = fc_dup_optional(renamed);
	FC_APPEND(members, nr_members, m);
	return true;
}

static void select_stage(unsigned int stages)
{
	for (int i = 0; i < nr_members; i++)
		members[i].active = members[i].stages & stages;
}

static void register_hooks(void)
{
	for (int i = 0; i < nr_members; i++) {
		const struct fc_member *m = &members[i];

		if (!m->active)
			continue;
		add_slated(m, m->member, NULL);
		if (m->renamed)
			add_slated(m, m->renamed, m->renamed);
	}
	if (!nr_slated)
		return;
	fc_register_generic_hook(check_function);
	fc_register_type_hook(check_type);
	fc_register_unit_end_hook(report_remaining_uses);
}

static const struct fc_directive directives[] = {
	{ "member", parse_member },
	{ NULL, NULL },
};

static const struct fc_rule_count counts[] = {
	{ "member", "By member (page-member)" },
	{ "access", "By access (page-member)" },
	{ NULL, NULL },
};

const struct fc_check check_page_member = {
	RULE,
	"PageMemberSlatedForRemoval",
	"Direct use of a struct page member slated for removal",
	"The code names a member of struct page that a stage of the struct page "
	"removal plan (memdesc) slates for removal, such as index, mapping, lru, "
	"private, memcg_data, _mapcount or _refcount.",
	"Convert the code to the folio (or other memory descriptor) API before the "
	"member is removed; the message gives the replacement, e.g. folio->index or "
	"folio_pgoff() for page->index.",
	counts,
	directives,
	select_stage,
	register_hooks,
};
