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
 * causes is caught on its way out: the diagnostic machinery first asks for
 * its inlining context (where the field is still in hand, as the warning's
 * argument), then asks whether -Wdeprecated-declarations is enabled, which
 * is answered "no" for our marks, so GCC prints nothing and -Werror has
 * nothing to promote.  Fields the source deprecates itself keep their
 * warnings, and -Wno-deprecated-declarations keeps hiding them.
 *
 * Such a warning is placed at input_location: the first token of the line
 * being parsed, outside any macro.  When the field's name is spelled in a
 * macro expanded on that line (page_private() inside VM_BUG_ON()), the
 * reference is moved into that expansion, so it carries the macro chain
 * the walk's findings carry and allow entries by macro apply to it.
 */
#include "foliocheck.h"

struct watched {
	tree field;
	fc_field_use_hook hook;
	const void *data;
	bool ours;		/* we set TREE_DEPRECATED: say nothing */
};

static vec<watched> watched_fields;
static bool installed;
static bool unsupported;
static fc_diagnostic_peek_fn prev_peek;
static int (*prev_option_enabled)(int, unsigned, void *);
static int user_warns_deprecated;	/* -W[no-]deprecated-declarations */

/* The watched field the diagnostic being decided about is for, if any. */
static const struct watched *pending;
static location_t pending_loc;

static const struct watched *find_watched(tree field)
{
	unsigned int i;

	for (i = 0; i < watched_fields.length(); i++)
		if (watched_fields[i].field == field)
			return &watched_fields[i];
	return NULL;
}

/*
 * The field a deprecation warning names: its first argument, when the
 * format is one of warn_deprecated_use()'s for a declaration.  Compared
 * with the translated formats, as GCC stores them translated.
 */
static tree deprecated_decl(diagnostic_info *d)
{
	const char *fmt = d->message.format_spec;
	va_list ap;
	tree decl;

	if (d->option_index != OPT_Wdeprecated_declarations || !fmt ||
	    (strcmp(fmt, _("%qD is deprecated")) &&
	     strcmp(fmt, _("%qD is deprecated: %s"))))
		return NULL_TREE;
	va_copy(ap, *d->message.args_ptr);
	decl = va_arg(ap, tree);
	va_end(ap);
	return decl;
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

static void peek(diagnostic_context *dc, diagnostic_info *d)
{
	tree decl = deprecated_decl(d);

	pending = decl && TREE_CODE(decl) == FIELD_DECL ? find_watched(decl) : NULL;
	if (pending)
		pending_loc = locate_in_expansion(diagnostic_location(d),
					IDENTIFIER_POINTER(DECL_NAME(decl)));
	prev_peek(dc, d);
}

static int watched_option_enabled(int opt, unsigned lang_mask, void *opts)
{
	const struct watched *w = pending;

	if (opt != OPT_Wdeprecated_declarations)
		return prev_option_enabled(opt, lang_mask, opts);
	pending = NULL;
	if (w) {
		w->hook(w->data, pending_loc, current_function_decl);
		if (w->ours)
			return 0;
	}
	if (!user_warns_deprecated)
		return 0;
	return prev_option_enabled(opt, lang_mask, opts);
}

/*
 * warn_deprecated_use() returns early under -Wno-deprecated-declarations,
 * so the flag is forced on and the user's choice applied here instead.
 */
static bool install(void)
{
	if (!fc_peek_diagnostics(peek, &prev_peek))
		return false;
	prev_option_enabled = global_dc->option_enabled;
	global_dc->option_enabled = watched_option_enabled;
	user_warns_deprecated = warn_deprecated_decl;
	warn_deprecated_decl = 1;
	return true;
}

bool fc_watch_field(tree field, fc_field_use_hook hook, const void *data)
{
	struct watched w;

	if (unsupported)
		return false;
	if (!installed && !install()) {
		unsupported = true;
		return false;
	}
	installed = true;
	if (find_watched(field))
		return true;
	w.field = field;
	w.hook = hook;
	w.data = data;
	w.ours = !TREE_DEPRECATED(field);
	TREE_DEPRECATED(field) = 1;
	watched_fields.safe_push(w);
	return true;
}
