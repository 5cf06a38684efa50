/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * findings.cc - locate, fingerprint, emit and record findings.
 *
 * A check hands over the location GCC gave the expression, which is a
 * virtual location when the expression comes from a macro.  The finding is
 * reported at the outermost expansion point (the line a developer edits),
 * and the chain of macro names is kept, outermost first:
 *
 *	list_for_each_entry(page, &pages, lru)	<- reported here
 *	  list_for_each_entry -> list_first_entry -> list_entry -> container_of
 */
#include "foliocheck.h"

static json_t *unit_findings;
static hash_map<nofree_string_hash, int> *ordinals;

/* A JSON string even for bytes that are not UTF-8 (rare file names). */
static json_t *json_str(const char *s)
{
	json_t *j = json_string(s);
	char *copy;

	if (j)
		return j;
	copy = xstrdup(s);
	for (char *p = copy; *p; p++)
		if ((unsigned char)*p >= 0x80)
			*p = '?';
	j = json_string(copy);
	free(copy);
	return j;
}

/*
 * "./mm/util.c" and "mm/../mm/util.c" both name "mm/util.c", so header
 * findings match whatever -I spelling a unit used.  Lexical, like the paths
 * GCC prints; a ".." with nothing left to cancel is kept.
 */
static char *normalise_lexically(const char *path)
{
	char *out = XNEWVEC(char, strlen(path) + 2);
	char *o = out, *base;
	const char *p = path;
	int depth = 0;		/* components in OUT that ".." may cancel */

	if (*p == '/')
		*o++ = *p++;
	base = o;
	while (*p) {
		const char *end = strchrnul(p, '/');
		size_t n = end - p;
		bool dotdot = n == 2 && p[0] == '.' && p[1] == '.';

		if (n == 0 || (n == 1 && p[0] == '.')) {
			/* nothing */
		} else if (dotdot && depth > 0) {
			o--;
			while (o > base && o[-1] != '/')
				o--;
			depth--;
		} else {
			memcpy(o, p, n);
			o += n;
			*o++ = '/';
			depth += !dotdot;
		}
		p = *end ? end + 1 : end;
	}
	if (o > base)
		o--;
	*o = '\0';
	return out;
}

/*
 * The path findings carry: lexically normalised, and relative to root=
 * when below it, so an out-of-tree (O=) build and an in-tree build give
 * the same paths and fingerprints.
 */
char *fc_normalise_path(const char *path)
{
	char *norm = normalise_lexically(path), *root, *rel;
	size_t n;

	if (!fc_opts.root)
		return norm;
	root = normalise_lexically(fc_opts.root);
	n = strlen(root);
	if (n && !strncmp(norm, root, n) && (norm[n] == '/' || root[n - 1] == '/')) {
		rel = xstrdup(norm + n + (norm[n] == '/'));
		free(norm);
		norm = rel;
	}
	free(root);
	return norm;
}

bool fc_macro_step(location_t *loc, const char **name)
{
	const line_map *map;

	if (!linemap_location_from_macro_expansion_p(line_table, *loc))
		return false;
	map = linemap_lookup(line_table, *loc);
	if (!map || !linemap_macro_expansion_map_p(map))
		return false;
	*name = linemap_map_get_macro_name(linemap_check_macro(map));
	*loc = linemap_unwind_toward_expansion(line_table, *loc, &map);
	return true;
}

/* Macro names from the outermost expansion to the innermost. */
static json_t *macro_chain(location_t loc)
{
	json_t *chain = json_array();
	const char *name;

	while (fc_macro_step(&loc, &name))
		json_array_insert_new(chain, 0, json_str(name));
	return chain;
}

const char *fc_function_name(tree fn)
{
	if (!fn || !DECL_NAME(fn))
		return "<toplevel>";
	return IDENTIFIER_POINTER(DECL_NAME(fn));
}

/* 64-bit FNV-1a over NUL-separated fields: stable across hosts and runs. */
static uint64_t fnv1a(uint64_t h, const char *s)
{
	do {
		h ^= (unsigned char)*s;
		h *= 0x100000001b3ULL;
	} while (*s++);
	return h;
}

/*
 * The fingerprint names what was found and where in the code, never on
 * which line: rule, file, function, subject, normalised expression, and
 * the ordinal of this same combination within the function.
 */
static char *fingerprint(const struct fc_finding *f, const char *file,
			 const char *function)
{
	const char *parts[] = { f->rule, file, function, f->subject, f->expr };
	uint64_t h = 0xcbf29ce484222325ULL;
	char *key, *ordinal;
	int *seen;

	for (size_t i = 0; i < ARRAY_SIZE(parts); i++)
		h = fnv1a(h, parts[i]);
	key = xasprintf("%016" PRIx64, h);
	if (!ordinals)
		ordinals = new hash_map<nofree_string_hash, int>;
	seen = ordinals->get(key);
	if (seen) {
		(*seen)++;
		ordinal = xasprintf("%d", *seen);
		free(key);
		key = xasprintf("%016" PRIx64, fnv1a(h, ordinal));
		free(ordinal);
	} else {
		/* The map keeps its own copy: the caller frees what it gets. */
		ordinals->put(xstrdup(key), 0);
	}
	return key;
}

static bool has_wildcard(const char *glob)
{
	return strpbrk(glob, "*?[\\") != NULL;
}

/*
 * GLOB matches PATH, or PATH below some directory ("../include/...").
 * Most globs are plain paths: compared as strings, since fnmatch() in a
 * UTF-8 locale (cc1 runs in the user's) converts both to wide first.
 */
static bool path_matches(const char *glob, const char *path)
{
	size_t n = strlen(path), g = strlen(glob);

	if (!has_wildcard(glob))
		return n >= g && !strcmp(path + n - g, glob) &&
		       (n == g || path[n - g - 1] == '/');
	if (!fnmatch(glob, path, 0))
		return true;
	for (const char *p = strchr(path, '/'); p; p = strchr(p + 1, '/'))
		if (!fnmatch(glob, p + 1, 0))
			return true;
	return false;
}

/* LOC's macro chain, made the first time something needs it. */
static json_t *chain_of(location_t loc, json_t **macros)
{
	if (!*macros)
		*macros = macro_chain(loc);
	return *macros;
}

static bool chain_has(json_t *macros, const char *name)
{
	size_t i;
	json_t *m;

	json_array_foreach(macros, i, m)
		if (!strcmp(json_string_value(m), name))
			return true;
	return false;
}

/* The cheap tests first: most entries name a function. */
static struct fc_allow *allowed_by(const char *rule, const char *file,
				   const char *function, location_t loc,
				   json_t **macros)
{
	for (int i = 0; i < fc_ann.nr_allows; i++) {
		struct fc_allow *a = &fc_ann.allows[i];

		if (!a->active || a->expired || strcmp(a->rule, rule) ||
		    (a->function && strcmp(a->function, function)) ||
		    (a->file && !path_matches(a->file, file)) ||
		    (a->macro && !chain_has(chain_of(loc, macros), a->macro)))
			continue;
		return a;
	}
	return NULL;
}

bool fc_allowed_at(const char *rule, location_t loc, const char *function)
{
	expanded_location xl = expand_location(
		linemap_resolve_location(line_table, loc,
					 LRK_MACRO_EXPANSION_POINT, NULL));
	char *file = fc_normalise_path(xl.file ? xl.file : "<unknown>");
	json_t *macros = NULL;
	bool allowed = allowed_by(rule, file, function, loc, &macros) != NULL;

	json_decref(macros);
	free(file);
	return allowed;
}

/* headers=report keeps findings located outside the main file quiet. */
/* FILE may be NULL (a location without a file): not the main file then. */
static bool diagnostic_wanted(const char *file)
{
	if (fc_opts.quiet)
		return false;
	return !fc_opts.headers_report || (file && !strcmp(file, main_input_filename));
}

int fc_gate_errors;

bool fc_failed_elsewhere(void)
{
	return seen_error() && (errorcount != fc_gate_errors || sorrycount ||
				werrorcount);
}

static void emit_diagnostic(const struct fc_finding *f, location_t where,
			    json_t *macros, bool as_error)
{
	auto_diagnostic_group group;
	bool shown, saved;
	size_t i;
	json_t *m;
	char *chain = NULL;

	if (as_error) {
		error_at(where, "%s [foliocheck:%s]", f->message, f->rule);
		shown = true;
	} else {
		/* Kernel builds use -Werror; a finding must not fail them. */
		saved = fc_warnings_are_errors();
		fc_set_warnings_are_errors(false);
		shown = warning_at(where, 0, "%s [foliocheck:%s]",
				   f->message, f->rule);
		fc_set_warnings_are_errors(saved);
	}
	if (shown && f->note)
		inform(linemap_resolve_location(line_table, f->note_loc,
						LRK_MACRO_EXPANSION_POINT, NULL),
		       "%s", f->note);
	if (!shown || !f->chain_note || !json_array_size(macros))
		return;
	json_array_foreach(macros, i, m) {
		char *next = chain ? concat(chain, " -> ", json_string_value(m), NULL)
				   : xstrdup(json_string_value(m));
		free(chain);
		chain = next;
	}
	inform(where, "%qs is named inside macro expansion: %s",
	       f->subject, chain);
	free(chain);
}

/*
 * A baseline's new findings are errors, reported at the end of the unit:
 * an error while parsing would stop GCC before the GIMPLE passes, and the
 * unit's report would lack what they find.
 */
struct gate_error {
	struct fc_finding f;	/* its strings owned here */
	location_t where;
	json_t *macros;
};

static vec<gate_error> gate_errors;

static void defer_gate_error(const struct fc_finding *f, location_t where,
			     json_t *macros)
{
	struct gate_error e;

	e.f = *f;
	e.f.fields = NULL;
	e.f.rule = xstrdup(f->rule);
	e.f.message = xstrdup(f->message);
	e.f.subject = fc_dup_optional(f->subject);
	e.f.note = fc_dup_optional(f->note);
	e.where = where;
	e.macros = json_incref(macros);
	gate_errors.safe_push(e);
}

void fc_report_gate_errors(void)
{
	for (unsigned int i = 0; i < gate_errors.length(); i++) {
		struct gate_error *e = &gate_errors[i];

		emit_diagnostic(&e->f, e->where, e->macros, true);
		fc_gate_errors++;
		free((char *)e->f.rule);
		free((char *)e->f.message);
		free((char *)e->f.subject);
		free((char *)e->f.note);
		json_decref(e->macros);
	}
	gate_errors.release();
}

static expanded_location expansion_point(location_t loc, location_t *where)
{
	*where = linemap_resolve_location(line_table, loc,
					  LRK_MACRO_EXPANSION_POINT, NULL);
	return expand_location(*where);
}

json_t *fc_location_json(location_t loc)
{
	location_t where;
	expanded_location xl = expansion_point(loc, &where);
	char *file = fc_normalise_path(xl.file ? xl.file : "<unknown>");
	json_t *j = json_object();

	json_object_set_new(j, "file", json_str(file));
	json_object_set_new(j, "line", json_integer(xl.line));
	json_object_set_new(j, "column", json_integer(xl.column));
	free(file);
	return j;
}

void fc_report(const struct fc_finding *f)
{
	location_t where;
	expanded_location xl = expansion_point(f->loc, &where);
	const char *function = f->function;
	char *file = fc_normalise_path(xl.file ? xl.file : "<unknown>");
	/*
	 * Fingerprint before the allow check: allowed findings take their
	 * ordinals too, so adding or removing an allow entry never changes
	 * the fingerprints of the findings still reported.
	 */
	char *fp = fingerprint(f, file, function);
	json_t *macros = NULL;
	struct fc_allow *allow = allowed_by(f->rule, file, function, f->loc,
					    &macros);
	json_t *j;
	bool known;

	if (allow) {
		allow->count++;
		json_decref(macros);
		json_decref(f->fields);
		free(fp);
		free(file);
		return;
	}
	chain_of(f->loc, &macros);
	/*
	 * With a baseline, what it has stays quiet and the rest fails the
	 * compile, whatever quiet and headers= say: it is the gate.
	 */
	known = fc_baseline_has(fp);
	if (fc_baseline_active() && !known)
		defer_gate_error(f, where, macros);
	else if (!fc_baseline_active() && diagnostic_wanted(xl.file))
		emit_diagnostic(f, where, macros, fc_opts.werror);
	j = json_object();
	if (fc_baseline_active())
		json_object_set_new(j, "baseline", json_boolean(known));

	json_object_set_new(j, "rule", json_str(f->rule));
	json_object_update(j, f->fields);
	json_decref(f->fields);
	json_object_set_new(j, "file", json_str(file));
	json_object_set_new(j, "line", json_integer(xl.line));
	json_object_set_new(j, "column", json_integer(xl.column));
	json_object_set_new(j, "function", json_str(function));
	json_object_set_new(j, "macros", macros);
	json_object_set_new(j, "message", json_str(f->message));
	json_object_set_new(j, "fingerprint", json_str(fp));
	if (!unit_findings)
		unit_findings = json_array();
	json_array_append_new(unit_findings, j);
	free(fp);
	free(file);
}

/*
 * Every allow entry that applies under the selected stage, with the
 * findings it allowed, unused ones included.
 */
json_t *fc_allowed_json(void)
{
	json_t *list = json_array();

	for (int i = 0; i < fc_ann.nr_allows; i++) {
		const struct fc_allow *a = &fc_ann.allows[i];
		json_t *j;
		char *entry;

		/* An entry for other stages is not unused under this one. */
		if (!a->active)
			continue;
		j = json_object();
		entry = xasprintf("%s:%d", a->source, a->line);

		json_object_set_new(j, "rule", json_str(a->rule));
		json_object_set_new(j, "entry", json_str(entry));
		json_object_set_new(j, "reason", json_str(a->reason));
		json_object_set_new(j, "count", json_integer(a->count));
		if (a->until) {
			json_object_set_new(j, "until", json_str(a->until));
			json_object_set_new(j, "expired", json_boolean(a->expired));
		}
		json_array_append_new(list, j);
		free(entry);
	}
	return list;
}

json_t *fc_findings_json(void)
{
	if (!unit_findings)
		unit_findings = json_array();
	return json_incref(unit_findings);
}

