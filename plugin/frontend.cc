/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * frontend.cc - references that only the front end sees.
 *
 * Some references never reach a tree a pass could walk:
 *
 *	VM_BUG_ON(page->index);		sizeof((long)(page->index)): a constant
 *	list_first_entry(l, struct page, lru)	offsetof: a constant
 *	sizeof_field(struct page, private)	a constant
 *	0 && page->mapping		folded to 0
 *
 * The C front end calls warn_deprecated_use() for each of them while it
 * parses, before anything is folded.  So a watched field gets
 * TREE_DEPRECATED, which changes no code, and the deprecation warning it
 * causes is caught on its way out (fc_catch_deprecations(), gcc-compat.h),
 * before GCC prints or counts it: -Werror has nothing to promote.  Fields
 * the source deprecates itself keep their warnings, and
 * -Wno-deprecated-declarations keeps hiding them.
 *
 * A watched function works the same way: the front end warns at each
 * reference to it.  So the front end also says which bodies name a watched
 * declaration at all, and a check need not walk the others
 * (fc_watch_complete()).
 *
 * Such a warning is placed at input_location: the first token of the line
 * being parsed, outside any macro.  When the field's name is spelled in a
 * macro expanded on that line (page_private() inside VM_BUG_ON()), the
 * reference is moved into that expansion, so it carries the macro chain
 * the walk's findings carry and allow entries by macro apply to it.
 */
#include "foliocheck.h"

struct watched {
	tree decl;
	fc_decl_use_hook hook;
	const void *data;
	bool ours;		/* we set TREE_DEPRECATED: say nothing */
};

static vec<watched> watched_decls;
static bool installed;
static bool unsupported;
static int user_warns_deprecated;	/* -W[no-]deprecated-declarations */

static const struct watched *find_watched(tree decl)
{
	unsigned int i;

	for (i = 0; i < watched_decls.length(); i++)
		if (watched_decls[i].decl == decl)
			return &watched_decls[i];
	return NULL;
}

/* How many of the latest macro expansions to search for the name. */
#define MAX_EXPANSIONS_SEARCHED	64

/* The body token of MAP's macro spelled at LOC names NAME. */
static bool body_token_names(const line_map_macro *map, location_t loc,
			     const char *name)
{
	const cpp_hashnode *node = MACRO_MAP_MACRO(map);
	const cpp_macro *macro;

	if (!node || !cpp_user_macro_p(node))
		return false;
	macro = node->value.macro;
	if (macro->kind == cmk_traditional)
		return false;
	for (unsigned int i = 0; i < macro->count; i++) {
		const cpp_token *t = &macro->exp.tokens[i];

		if (t->src_loc == loc && t->type == CPP_NAME)
			return !strcmp((const char *)NODE_NAME(t->val.node.node), name);
	}
	return false;
}

/*
 * The virtual location of the token named NAME in the latest expansion on
 * LINE's line that has one in its macro's body; LINE when none does.
 */
static location_t locate_in_expansion(location_t line, const char *name)
{
	expanded_location at = expand_location(line);
	int used = LINEMAPS_MACRO_USED(line_table);

	if (linemap_location_from_macro_expansion_p(line_table, line))
		return line;
	for (int m = used - 1; m >= 0 && m >= used - MAX_EXPANSIONS_SEARCHED; m--) {
		const line_map_macro *map = LINEMAPS_MACRO_MAP_AT(line_table, m);
		expanded_location point = expand_location(
			linemap_resolve_location(line_table,
				MACRO_MAP_EXPANSION_POINT_LOCATION(map),
				LRK_MACRO_EXPANSION_POINT, NULL));

		if (fc_cmp_files(point.file, at.file) || point.line < at.line)
			break;
		for (unsigned int i = 0; i < MACRO_MAP_NUM_MACRO_TOKENS(map); i++) {
			location_t x = map->macro_locations[2 * i];

			/* x == y: from the macro's body, not an argument. */
			if (x == map->macro_locations[2 * i + 1] &&
			    body_token_names(map, x, name))
				return MAP_START_LOCATION(map) + i;
		}
	}
	return line;
}

location_t fc_spelled_location(location_t loc, tree decl)
{
	return locate_in_expansion(loc, IDENTIFIER_POINTER(DECL_NAME(decl)));
}

/*
 * A deprecation warning: ours is handed to its hook and dropped; the
 * source's own is dropped when the user turned the warnings off.
 */
static bool caught(tree decl, location_t loc)
{
	const struct watched *w = find_watched(decl);

	if (w) {
		w->hook(w->data, decl, loc, current_function_decl);
		if (w->ours)
			return true;
	}
	return !user_warns_deprecated;
}

/*
 * warn_deprecated_use() returns early under -Wno-deprecated-declarations,
 * so the flag is forced on and the user's choice applied in caught().
 */
static bool install(void)
{
	if (!fc_catch_deprecations(caught))
		return false;
	user_warns_deprecated = warn_deprecated_decl;
	warn_deprecated_decl = 1;
	return true;
}

bool fc_watch_decl(tree decl, fc_decl_use_hook hook, const void *data)
{
	struct watched w;

	if (unsupported)
		return false;
	if (!installed && !install()) {
		unsupported = true;
		return false;
	}
	installed = true;
	if (find_watched(decl))
		return true;
	w.decl = decl;
	w.hook = hook;
	w.data = data;
	w.ours = !TREE_DEPRECATED(decl);
	TREE_DEPRECATED(decl) = 1;
	watched_decls.safe_push(w);
	return true;
}

bool fc_watch_complete(tree fndecl)
{
	return !unsupported && fc_deprecations_complete(fndecl);
}
