/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * annotations.cc - read the annotation file (format: kernel-annotations/README.md).
 *
 * The file is line oriented:
 *
 *	foliocheck-annotations 1
 *	stage goal-b description="..."
 *	member page.index stages=goal-b,index-2024 advice="use folio->index"
 *
 * The core reads the header, "stage" and "allow"; every other directive
 * belongs to a check (struct fc_check.directives), which parses it with
 * the helpers here.  Every problem is reported as "FILE:LINE: what is
 * wrong" through GCC's error(), so the compile fails cleanly and no
 * finding is reported from a half-read file.
 */
#include "foliocheck.h"

struct fc_annotations fc_ann;

bool fc_ann_error(const struct fc_ann_line *l, const char *fmt, ...)
{
	char *what;
	va_list ap;

	va_start(ap, fmt);
	what = xvasprintf(fmt, ap);
	va_end(ap);
	fc_error("%s:%d: %s", l->path, l->lineno, what);
	free(what);
	return false;
}

/* Take a quoted string at *p (after the quote); unescape in place. */
static char *take_quoted(char **p, const struct fc_ann_line *l)
{
	char *start = *p, *out = *p, *in = *p;

	for (; *in && *in != '"'; in++) {
		if (*in == '\\') {
			in++;
			if (*in != '"' && *in != '\\') {
				fc_ann_error(l, "unknown escape '\\%c' in string",
					  *in ? *in : ' ');
				return NULL;
			}
		}
		*out++ = *in;
	}
	if (*in != '"') {
		fc_ann_error(l, "unterminated string");
		return NULL;
	}
	*out = '\0';
	*p = in + 1;
	return start;
}

/* Split LINE into words; comments start with '#' outside quotes. */
static bool split_line(char *line, struct fc_ann_line *l)
{
	char *p = line;

	l->nr_words = 0;
	for (;;) {
		char *word, *eq;

		while (*p == ' ' || *p == '\t' || *p == '\r' || *p == '\n')
			p++;
		if (!*p || *p == '#')
			return true;
		if (l->nr_words == FC_ANN_MAX_WORDS)
			return fc_ann_error(l, "too many words (at most %d)",
					    FC_ANN_MAX_WORDS);
		word = p;
		while (*p && *p != '=' && *p != '"' && !ISSPACE(*p))
			p++;
		if (*p == '"')
			return fc_ann_error(l, "a string must be the value of a key");
		l->keys[l->nr_words] = NULL;
		if (*p == '=') {
			eq = p++;
			*eq = '\0';
			if (eq == word)
				return fc_ann_error(l, "'=' without a key");
			l->keys[l->nr_words] = word;
			if (*p == '"') {
				p++;
				word = take_quoted(&p, l);
				if (!word)
					return false;
			} else {
				word = p;
				while (*p && !ISSPACE(*p) && *p != '"')
					p++;
			}
			if (*p && !ISSPACE(*p))
				return fc_ann_error(l, "missing space after value of '%s'",
						 l->keys[l->nr_words]);
		}
		if (*p)
			*p++ = '\0';
		l->words[l->nr_words++] = word;
	}
}

static int find_stage(const char *name)
{
	for (int i = 0; i < fc_ann.nr_stages; i++)
		if (!strcmp(fc_ann.stages[i].name, name))
			return i;
	return -1;
}

/*
 * Parse "a,b,c" into a mask of known stages; "all" (the default
 * selection) sets *all, and is an error where ALL is NULL.
 */
static bool parse_stages(const struct fc_ann_line *l, const char *key,
			 char *list, unsigned int *mask, bool *all)
{
	*mask = 0;
	for (char *name = strtok(list, ","); name; name = strtok(NULL, ",")) {
		int i = find_stage(name);

		if (all && !strcmp(name, "all")) {
			*all = true;
			continue;
		}
		if (i < 0)
			return fc_ann_error(l, "%s: unknown stage '%s' (stages must be declared before use)",
					 key, name);
		*mask |= 1u << i;
	}
	if (!*mask && !(all && *all))
		return fc_ann_error(l, "%s: empty stage list", key);
	return true;
}

bool fc_ann_stages(const struct fc_ann_line *l, const char *key, char *list,
		   unsigned int *mask)
{
	return parse_stages(l, key, list, mask, NULL);
}

char *fc_ann_key(struct fc_ann_line *l, const char *key)
{
	for (int i = 0; i < l->nr_words; i++)
		if (l->keys[i] && !strcmp(l->keys[i], key)) {
			l->used[i] = true;
			return l->words[i];
		}
	return NULL;
}

char *fc_ann_word(struct fc_ann_line *l, int i)
{
	if (i >= l->nr_words || l->keys[i])
		return NULL;
	l->used[i] = true;
	return l->words[i];
}

json_t *fc_stage_names(unsigned int mask)
{
	json_t *names = json_array();

	for (int i = 0; i < fc_ann.nr_stages; i++)
		if (mask & (1u << i))
			json_array_append_new(names,
					      json_string(fc_ann.stages[i].name));
	return names;
}

bool fc_ann_all_taken(const struct fc_ann_line *l)
{
	for (int i = 1; i < l->nr_words; i++) {
		if (l->used[i])
			continue;
		if (l->keys[i])
			return fc_ann_error(l, "unknown key '%s' for '%s'",
					 l->keys[i], l->words[0]);
		return fc_ann_error(l, "unexpected word '%s'", l->words[i]);
	}
	return true;
}

static bool parse_stage(struct fc_ann_line *l)
{
	struct fc_stage *s;
	char *name = fc_ann_word(l, 1), *includes, *description;

	if (!name)
		return fc_ann_error(l, "'stage' needs a name");
	if (find_stage(name) >= 0)
		return fc_ann_error(l, "stage '%s' declared twice", name);
	if (!strcmp(name, "all"))
		return fc_ann_error(l, "'all' is reserved for every stage");
	if (fc_ann.nr_stages == FC_MAX_STAGES)
		return fc_ann_error(l, "too many stages (at most %d)", FC_MAX_STAGES);
	description = fc_ann_key(l, "description");
	includes = fc_ann_key(l, "includes");
	if (!fc_ann_all_taken(l))
		return false;
	if (!description)
		return fc_ann_error(l, "stage '%s' has no description", name);
	s = &fc_ann.stages[fc_ann.nr_stages];
	s->includes = 0;
	if (includes && !fc_ann_stages(l, "includes", includes, &s->includes))
		return false;
	/* Inclusion is transitive; included stages are all declared above. */
	for (int i = 0; i < fc_ann.nr_stages; i++)
		if (s->includes & (1u << i))
			s->includes |= fc_ann.stages[i].includes;
	s->name = xstrdup(name);
	s->description = xstrdup(description);
	fc_ann.nr_stages++;
	return true;
}

/* Set while the user's suppressions are read: until= is theirs alone. */
static bool reading_suppressions;

static bool parse_allow(struct fc_ann_line *l)
{
	struct fc_allow a = {};
	char *rule = fc_ann_word(l, 1), *file, *function, *macro, *reason, *stages;
	char *until = reading_suppressions ? fc_ann_key(l, "until") : NULL;

	if (!rule)
		return fc_ann_error(l, "'allow' needs a rule");
	if (!fc_check_find(rule))
		return fc_ann_error(l, "allow: unknown rule '%s'", rule);
	file = fc_ann_key(l, "file");
	function = fc_ann_key(l, "function");
	macro = fc_ann_key(l, "macro");
	reason = fc_ann_key(l, "reason");
	stages = fc_ann_key(l, "stages");
	if (!fc_ann_all_taken(l))
		return false;
	if (!file && !function && !macro)
		return fc_ann_error(l, "allow: give file=, function= or macro=");
	if (!reason || !*reason)
		return fc_ann_error(l, "allow: every allow entry needs a reason=");
	if (stages && !parse_stages(l, "stages", stages, &a.stages, &a.under_all))
		return false;
	if (reading_suppressions && !fc_until_valid(l, until, &a.expired))
		return false;
	a.source = l->path;
	a.until = fc_dup_optional(until);
	a.staged = stages != NULL;
	a.rule = xstrdup(rule);
	a.file = fc_dup_optional(file);
	a.function = fc_dup_optional(function);
	a.macro = fc_dup_optional(macro);
	a.reason = xstrdup(reason);
	a.line = l->lineno;
	FC_APPEND(fc_ann.allows, fc_ann.nr_allows, a);
	return true;
}

bool fc_valid_identifier(const char *s)
{
	if (!ISIDST(*s))
		return false;
	while (*++s)
		if (!ISIDNUM(*s))
			return false;
	return true;
}

bool fc_valid_name_list(const char *list)
{
	char *copy = xstrdup(list);
	bool ok = *list && list[strlen(list) - 1] != ',';

	for (char *w = strtok(copy, ","); ok && w; w = strtok(NULL, ","))
		ok = fc_valid_identifier(w);
	free(copy);
	return ok;
}

bool fc_list_has(const char *list, const char *name)
{
	size_t n = strlen(name);

	for (const char *p = list; p; p = strchr(p, ',') ? strchr(p, ',') + 1 : NULL)
		if (!strncmp(p, name, n) && (p[n] == ',' || !p[n]))
			return true;
	return false;
}

static bool parse_header(struct fc_ann_line *l)
{
	if (l->nr_words != 2 || l->keys[0] || l->keys[1] ||
	    strcmp(l->words[0], "foliocheck-annotations"))
		return fc_ann_error(l, "first line must be 'foliocheck-annotations 1'");
	if (strcmp(l->words[1], "1"))
		return fc_ann_error(l, "format version '%s' is not supported (this foliocheck reads version 1)",
				 l->words[1]);
	return true;
}

static const struct fc_directive core_directives[] = {
	{ "stage", parse_stage },
	{ "allow", parse_allow },
	{ NULL, NULL },
};

/* The core's directives, then every check's, in the order of the list. */
static const struct fc_directive *find_directive(const char *name)
{
	for (const struct fc_directive *d = core_directives; d->name; d++)
		if (!strcmp(d->name, name))
			return d;
	for (size_t i = 0; i < fc_nr_checks; i++)
		for (const struct fc_directive *d = fc_checks[i]->directives;
		     d && d->name; d++)
			if (!strcmp(d->name, name))
				return d;
	return NULL;
}

static bool unknown_directive(const struct fc_ann_line *l)
{
	char *known = xstrdup("stage, allow");

	for (size_t i = 0; i < fc_nr_checks; i++)
		for (const struct fc_directive *d = fc_checks[i]->directives;
		     d && d->name; d++) {
			char *more = concat(known, ", ", d->name, NULL);

			free(known);
			known = more;
		}
	fc_ann_error(l, "unknown directive '%s' (known: %s)", l->words[0], known);
	free(known);
	return false;
}

static bool parse_directive(struct fc_ann_line *l)
{
	const struct fc_directive *d;

	if (l->keys[0])
		return fc_ann_error(l, "a line must start with a directive, not '%s='",
				 l->keys[0]);
	d = find_directive(l->words[0]);
	if (!d)
		return unknown_directive(l);
	memset(l->used, 0, sizeof(l->used));
	l->used[0] = true;
	/* A parser that forgot to look at a word still gets it refused. */
	return d->parse(l) && fc_ann_all_taken(l);
}

bool fc_annotations_load(const char *path)
{
	struct fc_ann_line l = {};
	char *line = NULL;
	size_t cap = 0;
	bool header_seen = false, ok = true;
	ssize_t len;
	FILE *f;

	fc_ann.path = path;
	l.path = path;
	f = fopen(path, "r");
	if (!f) {
		fc_error("%s: cannot read annotations: %s", path, xstrerror(errno));
		return false;
	}
	while (ok && (len = getline(&line, &cap, f)) >= 0) {
		l.lineno++;
		if ((size_t)len != strlen(line)) {
			ok = fc_ann_error(&l, "NUL byte in line");
			break;
		}
		ok = split_line(line, &l);
		if (!ok || !l.nr_words)
			continue;
		if (!header_seen) {
			ok = parse_header(&l);
			header_seen = true;
			continue;
		}
		ok = parse_directive(&l);
	}
	if (ok && ferror(f))
		ok = fc_ann_error(&l, "read error: %s", xstrerror(errno));
	if (ok && !header_seen) {
		l.lineno = 1;
		ok = fc_ann_error(&l, "empty file (first line must be 'foliocheck-annotations 1')");
	}
	free(line);
	fclose(f);
	return ok;
}

/*
 * A suppressions file: allow entries alone, each with a reason= and an
 * until= (see suppressions.cc), no header.
 */
bool fc_suppressions_load(const char *path)
{
	struct fc_ann_line l = {};
	char *line = NULL;
	size_t cap = 0;
	bool ok = true;
	FILE *f;

	l.path = path;
	f = fopen(path, "r");
	if (!f) {
		fc_error("%s: cannot read suppressions: %s", path, xstrerror(errno));
		return false;
	}
	reading_suppressions = true;
	while (ok && getline(&line, &cap, f) >= 0) {
		l.lineno++;
		ok = split_line(line, &l);
		if (!ok || !l.nr_words)
			continue;
		if (strcmp(l.words[0], "allow") || l.keys[0])
			ok = fc_ann_error(&l, "a suppressions file holds 'allow' entries only");
		else
			ok = parse_directive(&l);
	}
	reading_suppressions = false;
	free(line);
	fclose(f);
	return ok;
}

bool fc_annotations_select_stage(const char *stage)
{
	unsigned int want;
	int i;

	if (!strcmp(stage, "all")) {
		want = ~0u;
	} else {
		i = find_stage(stage);
		if (i < 0) {
			char *known = xstrdup("all");

			for (i = 0; i < fc_ann.nr_stages; i++) {
				char *more = concat(known, ", ",
						    fc_ann.stages[i].name, NULL);
				free(known);
				known = more;
			}
			fc_error("unknown stage '%s' in %s (known: %s)",
			      stage, fc_ann.path, known);
			free(known);
			return false;
		}
		want = (1u << i) | fc_ann.stages[i].includes;
	}
	for (size_t c = 0; c < fc_nr_checks; c++)
		if (fc_checks[c]->select_stage)
			fc_checks[c]->select_stage(want);
	/* An allow entry without stages= applies under every stage. */
	for (i = 0; i < fc_ann.nr_allows; i++) {
		struct fc_allow *a = &fc_ann.allows[i];

		a->active = !a->staged || (!strcmp(stage, "all") ?
					   a->under_all : (a->stages & want) != 0);
	}
	return true;
}
