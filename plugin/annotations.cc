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
 * Every problem is reported as "FILE:LINE: what is wrong" through GCC's
 * error(), so the compile fails cleanly and no finding is reported from a
 * half-read file.
 */
#include "foliocheck.h"

struct fc_annotations fc_ann;

#define MAX_WORDS	16

/* One line split into a directive, positional words and key=value pairs. */
struct ann_line {
	const char *path;
	int lineno;
	int nr_words;
	char *words[MAX_WORDS];		/* positional words */
	char *keys[MAX_WORDS];		/* NULL for a positional word */
};

static bool ann_error(const struct ann_line *l, const char *fmt, ...)
	ATTRIBUTE_PRINTF_2;

static bool ann_error(const struct ann_line *l, const char *fmt, ...)
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
static char *take_quoted(char **p, const struct ann_line *l)
{
	char *start = *p, *out = *p, *in = *p;

	for (; *in && *in != '"'; in++) {
		if (*in == '\\') {
			in++;
			if (*in != '"' && *in != '\\') {
				ann_error(l, "unknown escape '\\%c' in string",
					  *in ? *in : ' ');
				return NULL;
			}
		}
		*out++ = *in;
	}
	if (*in != '"') {
		ann_error(l, "unterminated string");
		return NULL;
	}
	*out = '\0';
	*p = in + 1;
	return start;
}

/* Split LINE into words; comments start with '#' outside quotes. */
static bool split_line(char *line, struct ann_line *l)
{
	char *p = line;

	l->nr_words = 0;
	for (;;) {
		char *word, *eq;

		while (*p == ' ' || *p == '\t' || *p == '\r' || *p == '\n')
			p++;
		if (!*p || *p == '#')
			return true;
		if (l->nr_words == MAX_WORDS)
			return ann_error(l, "too many words (at most %d)",
					 MAX_WORDS);
		word = p;
		while (*p && *p != '=' && *p != '"' && !ISSPACE(*p))
			p++;
		if (*p == '"')
			return ann_error(l, "a string must be the value of a key");
		l->keys[l->nr_words] = NULL;
		if (*p == '=') {
			eq = p++;
			*eq = '\0';
			if (eq == word)
				return ann_error(l, "'=' without a key");
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
				return ann_error(l, "missing space after value of '%s'",
						 l->keys[l->nr_words]);
		}
		if (*p)
			*p++ = '\0';
		l->words[l->nr_words++] = word;
	}
}

/* Append ITEM to the growable ARRAY of COUNT elements. */
#define APPEND(array, count, item) do {					\
	(array) = XRESIZEVEC(__typeof__(*(array)), (array), (count) + 1);	\
	(array)[(count)++] = (item);					\
} while (0)

static char *dup_optional(const char *s)
{
	return s ? xstrdup(s) : NULL;
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
static bool parse_stages(const struct ann_line *l, const char *key,
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
			return ann_error(l, "%s: unknown stage '%s' (stages must be declared before use)",
					 key, name);
		*mask |= 1u << i;
	}
	if (!*mask && !(all && *all))
		return ann_error(l, "%s: empty stage list", key);
	return true;
}

static bool parse_stage_list(const struct ann_line *l, const char *key,
			     char *list, unsigned int *mask)
{
	return parse_stages(l, key, list, mask, NULL);
}

/* Look up KEY among the key=value words; mark it used. */
static char *get_key(struct ann_line *l, const char *key, bool *used)
{
	for (int i = 0; i < l->nr_words; i++)
		if (l->keys[i] && !strcmp(l->keys[i], key)) {
			used[i] = true;
			return l->words[i];
		}
	return NULL;
}

static bool check_all_used(const struct ann_line *l, const bool *used)
{
	for (int i = 1; i < l->nr_words; i++) {
		if (used[i])
			continue;
		if (l->keys[i])
			return ann_error(l, "unknown key '%s' for '%s'",
					 l->keys[i], l->words[0]);
		return ann_error(l, "unexpected word '%s'", l->words[i]);
	}
	return true;
}

static bool parse_stage(struct ann_line *l, bool *used)
{
	struct fc_stage *s;
	char *name, *includes, *description;

	if (l->nr_words < 2 || l->keys[1])
		return ann_error(l, "'stage' needs a name");
	name = l->words[1];
	used[1] = true;
	if (find_stage(name) >= 0)
		return ann_error(l, "stage '%s' declared twice", name);
	if (!strcmp(name, "all"))
		return ann_error(l, "'all' is reserved for every stage");
	if (fc_ann.nr_stages == FC_MAX_STAGES)
		return ann_error(l, "too many stages (at most %d)", FC_MAX_STAGES);
	description = get_key(l, "description", used);
	includes = get_key(l, "includes", used);
	if (!check_all_used(l, used))
		return false;
	if (!description)
		return ann_error(l, "stage '%s' has no description", name);
	s = &fc_ann.stages[fc_ann.nr_stages];
	s->includes = 0;
	if (includes && !parse_stage_list(l, "includes", includes, &s->includes))
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

static struct fc_member *find_member(const char *strct, const char *member)
{
	for (int i = 0; i < fc_ann.nr_members; i++) {
		struct fc_member *m = &fc_ann.members[i];

		if (!strcmp(m->struct_name, strct) && !strcmp(m->member, member))
			return m;
	}
	return NULL;
}

static bool valid_identifier(const char *s)
{
	if (!ISIDST(*s))
		return false;
	while (*++s)
		if (!ISIDNUM(*s))
			return false;
	return true;
}

static bool parse_member(struct ann_line *l, bool *used)
{
	struct fc_member m = {};
	char *dot, *stages, *advice, *renamed;

	if (l->nr_words < 2 || l->keys[1])
		return ann_error(l, "'member' needs STRUCT.MEMBER");
	used[1] = true;
	dot = strchr(l->words[1], '.');
	if (!dot)
		return ann_error(l, "'%s' is not STRUCT.MEMBER", l->words[1]);
	*dot = '\0';
	if (!valid_identifier(l->words[1]) || !valid_identifier(dot + 1))
		return ann_error(l, "'%s.%s' is not STRUCT.MEMBER",
				 l->words[1], dot + 1);
	if (find_member(l->words[1], dot + 1))
		return ann_error(l, "member '%s.%s' annotated twice",
				 l->words[1], dot + 1);
	stages = get_key(l, "stages", used);
	advice = get_key(l, "advice", used);
	renamed = get_key(l, "renamed", used);
	if (!check_all_used(l, used))
		return false;
	if (!stages)
		return ann_error(l, "member '%s.%s' has no stages=",
				 l->words[1], dot + 1);
	if (!parse_stage_list(l, "stages", stages, &m.stages))
		return false;
	if (!advice || !*advice)
		return ann_error(l, "member '%s.%s' has no advice=",
				 l->words[1], dot + 1);
	m.struct_name = xstrdup(l->words[1]);
	m.member = xstrdup(dot + 1);
	m.advice = xstrdup(advice);
	m.renamed = dup_optional(renamed);
	APPEND(fc_ann.members, fc_ann.nr_members, m);
	return true;
}

static bool parse_allow(struct ann_line *l, bool *used)
{
	struct fc_allow a = {};
	char *file, *function, *macro, *reason, *stages;

	if (l->nr_words < 2 || l->keys[1])
		return ann_error(l, "'allow' needs a rule");
	used[1] = true;
	if (!fc_rule_known(l->words[1]))
		return ann_error(l, "allow: unknown rule '%s'", l->words[1]);
	file = get_key(l, "file", used);
	function = get_key(l, "function", used);
	macro = get_key(l, "macro", used);
	reason = get_key(l, "reason", used);
	stages = get_key(l, "stages", used);
	if (!check_all_used(l, used))
		return false;
	if (!file && !function && !macro)
		return ann_error(l, "allow: give file=, function= or macro=");
	if (!reason || !*reason)
		return ann_error(l, "allow: every allow entry needs a reason=");
	if (stages && !parse_stages(l, "stages", stages, &a.stages, &a.under_all))
		return false;
	a.staged = stages != NULL;
	a.rule = xstrdup(l->words[1]);
	a.file = dup_optional(file);
	a.function = dup_optional(function);
	a.macro = dup_optional(macro);
	a.reason = xstrdup(reason);
	a.line = l->lineno;
	APPEND(fc_ann.allows, fc_ann.nr_allows, a);
	return true;
}

bool fc_list_has(const char *list, const char *name)
{
	size_t n = strlen(name);

	for (const char *p = list; p; p = strchr(p, ',') ? strchr(p, ',') + 1 : NULL)
		if (!strncmp(p, name, n) && (p[n] == ',' || !p[n]))
			return true;
	return false;
}

static bool valid_list(const char *list)
{
	char *copy = xstrdup(list);
	bool ok = *list && list[strlen(list) - 1] != ',';

	for (char *w = strtok(copy, ","); ok && w; w = strtok(NULL, ","))
		ok = valid_identifier(w);
	free(copy);
	return ok;
}

const struct fc_memory *fc_memory_find(const char *name)
{
	for (int i = 0; i < fc_ann.nr_memories; i++)
		if (!strcmp(fc_ann.memories[i].name, name))
			return &fc_ann.memories[i];
	return NULL;
}

const char *const fc_memory_class_names[FC_NR_MEMORY_CLASSES] = {
	[FC_MEMORY_NONFOLIO] = "nonfolio",
	[FC_MEMORY_FOLIO] = "folio",
	[FC_MEMORY_RUNTIME] = "runtime",
};

static bool parse_memory(struct ann_line *l, bool *used)
{
	struct fc_memory m = {};
	char *noun, *why, *stages, *cls;
	size_t c = 0;

	if (l->nr_words < 2 || l->keys[1] || !valid_identifier(l->words[1]))
		return ann_error(l, "'memory' needs a KIND name");
	used[1] = true;
	if (fc_memory_find(l->words[1]))
		return ann_error(l, "memory kind '%s' declared twice", l->words[1]);
	noun = get_key(l, "noun", used);
	why = get_key(l, "why", used);
	stages = get_key(l, "stages", used);
	cls = get_key(l, "class", used);
	if (!check_all_used(l, used))
		return false;
	if (!noun || !*noun)
		return ann_error(l, "memory kind '%s' has no noun=", l->words[1]);
	if (stages && !parse_stage_list(l, "stages", stages, &m.stages))
		return false;
	for (; cls && c < FC_NR_MEMORY_CLASSES; c++)
		if (!strcmp(cls, fc_memory_class_names[c]))
			break;
	if (c == FC_NR_MEMORY_CLASSES)
		return ann_error(l, "memory: class=%s is unknown (known: nonfolio, folio, runtime)",
				 cls);
	m.name = xstrdup(l->words[1]);
	m.noun = xstrdup(noun);
	m.why = dup_optional(why);
	m.memory_class = (enum fc_memory_class)c;
	APPEND(fc_ann.memories, fc_ann.nr_memories, m);
	return true;
}

/* "STRUCT.FIELD" */
static bool valid_field(const char *s)
{
	char *copy = xstrdup(s), *dot = strchr(copy, '.');
	bool ok = dot && (*dot = '\0', valid_identifier(copy)) &&
		  valid_identifier(dot + 1);

	free(copy);
	return ok;
}

static bool parse_source(struct ann_line *l, bool *used)
{
	static const char *const kinds[] = { "function", "macro", "type", "field" };
	struct fc_source src = {};
	char *memory, *argtypes, *argfrom;
	size_t by;

	if (l->nr_words < 3 || l->keys[1] || l->keys[2])
		return ann_error(l, "'source' needs function|macro|type NAME");
	used[1] = used[2] = true;
	for (by = 0; by < ARRAY_SIZE(kinds); by++)
		if (!strcmp(l->words[1], kinds[by]))
			break;
	if (by == ARRAY_SIZE(kinds))
		return ann_error(l, "source: '%s' is not function, macro, type or field",
				 l->words[1]);
	if (by == FC_SOURCE_FIELD ? !valid_field(l->words[2])
				  : !valid_identifier(l->words[2]))
		return ann_error(l, by == FC_SOURCE_FIELD ?
				 "source: '%s' is not STRUCT.FIELD" :
				 "source: '%s' is not a name", l->words[2]);
	memory = get_key(l, "memory", used);
	argtypes = get_key(l, "argtype", used);
	argfrom = get_key(l, "argfrom", used);
	if (!check_all_used(l, used))
		return false;
	if (!memory || !valid_identifier(memory))
		return ann_error(l, "source '%s' needs memory=KIND (pagetable, slab, zsmalloc, bare, ...)",
				 l->words[2]);
	if (!fc_memory_find(memory))
		return ann_error(l, "source '%s': memory kind '%s' is not declared above (memory %s noun=\"...\")",
				 l->words[2], memory, memory);
	if ((argtypes || argfrom) && by != FC_SOURCE_MACRO)
		return ann_error(l, "argtype= and argfrom= are for macro sources");
	if ((argtypes && !valid_list(argtypes)) || (argfrom && !valid_list(argfrom)))
		return ann_error(l, "argtype= and argfrom= take NAME[,NAME...]");
	src.by = (enum fc_source_by)by;
	src.name = xstrdup(l->words[2]);
	src.memory = xstrdup(memory);
	src.argtypes = dup_optional(argtypes);
	src.argfrom = dup_optional(argfrom);
	APPEND(fc_ann.sources, fc_ann.nr_sources, src);
	return true;
}

static bool parse_sink(struct ann_line *l, bool *used)
{
	struct fc_sink sink = {};
	char *arg, *when, *end;

	if (l->nr_words < 3 || l->keys[1] || l->keys[2] ||
	    strcmp(l->words[1], "function"))
		return ann_error(l, "'sink' needs function NAME");
	used[1] = used[2] = true;
	if (!valid_identifier(l->words[2]))
		return ann_error(l, "sink: '%s' is not a name", l->words[2]);
	arg = get_key(l, "arg", used);
	when = get_key(l, "when", used);
	if (!check_all_used(l, used))
		return false;
	if (arg) {
		errno = 0;
		sink.arg = strtol(arg, &end, 10);
		if (!*arg || *end || errno || sink.arg < 0 || sink.arg > 64)
			return ann_error(l, "sink: arg=%s is not an argument number (0-64)",
					 arg);
	}
	if (when && strcmp(when, "folio-result"))
		return ann_error(l, "sink: when=%s is unknown (known: folio-result)",
				 when);
	sink.function = xstrdup(l->words[2]);
	sink.folio_result = when != NULL;
	APPEND(fc_ann.sinks, fc_ann.nr_sinks, sink);
	return true;
}

static bool parse_header(struct ann_line *l)
{
	if (l->nr_words != 2 || l->keys[0] || l->keys[1] ||
	    strcmp(l->words[0], "foliocheck-annotations"))
		return ann_error(l, "first line must be 'foliocheck-annotations 1'");
	if (strcmp(l->words[1], "1"))
		return ann_error(l, "format version '%s' is not supported (this foliocheck reads version 1)",
				 l->words[1]);
	return true;
}

static bool parse_directive(struct ann_line *l)
{
	bool used[MAX_WORDS] = { true };

	if (l->keys[0])
		return ann_error(l, "a line must start with a directive, not '%s='",
				 l->keys[0]);
	if (!strcmp(l->words[0], "stage"))
		return parse_stage(l, used);
	if (!strcmp(l->words[0], "member"))
		return parse_member(l, used);
	if (!strcmp(l->words[0], "allow"))
		return parse_allow(l, used);
	if (!strcmp(l->words[0], "source"))
		return parse_source(l, used);
	if (!strcmp(l->words[0], "sink"))
		return parse_sink(l, used);
	if (!strcmp(l->words[0], "memory"))
		return parse_memory(l, used);
	return ann_error(l, "unknown directive '%s' (known: stage, member, allow, memory, source, sink)",
			 l->words[0]);
}

bool fc_annotations_load(const char *path)
{
	struct ann_line l = { path, 0, 0, {}, {} };
	char *line = NULL;
	size_t cap = 0;
	bool header_seen = false, ok = true;
	ssize_t len;
	FILE *f;

	fc_ann.path = path;
	f = fopen(path, "r");
	if (!f) {
		fc_error("%s: cannot read annotations: %s", path, xstrerror(errno));
		return false;
	}
	while (ok && (len = getline(&line, &cap, f)) >= 0) {
		l.lineno++;
		if ((size_t)len != strlen(line)) {
			ok = ann_error(&l, "NUL byte in line");
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
		ok = ann_error(&l, "read error: %s", xstrerror(errno));
	if (ok && !header_seen) {
		l.lineno = 1;
		ok = ann_error(&l, "empty file (first line must be 'foliocheck-annotations 1')");
	}
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
	for (i = 0; i < fc_ann.nr_members; i++)
		fc_ann.members[i].active = fc_ann.members[i].stages & want;
	for (i = 0; i < fc_ann.nr_memories; i++)
		fc_ann.memories[i].active = !fc_ann.memories[i].stages ||
					    (fc_ann.memories[i].stages & want);
	/* An allow entry without stages= applies under every stage. */
	for (i = 0; i < fc_ann.nr_allows; i++) {
		struct fc_allow *a = &fc_ann.allows[i];

		a->active = !a->staged || (!strcmp(stage, "all") ?
					   a->under_all : (a->stages & want) != 0);
	}
	return true;
}

void fc_add_sink(const char *function, int arg)
{
	struct fc_sink sink = { xstrdup(function), arg, false };

	APPEND(fc_ann.sinks, fc_ann.nr_sinks, sink);
}

void fc_add_function_source(const char *function, const char *memory,
			    const char *from)
{
	struct fc_source src = {};

	src.by = FC_SOURCE_FUNCTION;
	src.name = xstrdup(function);
	src.memory = xstrdup(memory);
	src.from = xstrdup(from);
	APPEND(fc_ann.sources, fc_ann.nr_sources, src);
}
