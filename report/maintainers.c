// SPDX-License-Identifier: GPL-3.0-or-later
/*
 * maintainers.c - map a path to its MAINTAINERS section.
 *
 * F: and X: patterns as scripts/get_maintainer.pl reads them: "dir/"
 * covers everything below dir, "dir/" followed by a star the files in dir
 * only; a star or "?" does not cross a "/"; a plain name is that file or
 * that directory's tree.
 * N: is an extended regular expression on the path.  Of the sections that
 * match (and do not exclude the path), the most specific wins: the longest
 * matching F: pattern.
 */
#include <errno.h>
#include <fnmatch.h>
#include <regex.h>
#include <stdlib.h>
#include <string.h>

#include "maintainers.h"

struct pattern {
	char kind;		/* 'F', 'X' or 'N' */
	char *text;
	regex_t re;		/* N: */
};

struct section {
	char *name;
	struct pattern *patterns;
	size_t nr;
	json_t *contacts;	/* {"M": [...], "R": [...], "L": [...]} */
};

struct maintainers {
	struct section *sections;
	size_t nr;
	json_t *looked_up;	/* file -> section index, -1 for none */
};

static void *xrealloc(void *p, size_t n)
{
	p = realloc(p, n);
	if (!p)
		abort();
	return p;
}

static bool add_pattern(struct section *s, char kind, const char *text,
			const char *path, int lineno)
{
	struct pattern *p;

	s->patterns = xrealloc(s->patterns, (s->nr + 1) * sizeof(*s->patterns));
	p = &s->patterns[s->nr];
	p->kind = kind;
	p->text = strdup(text);
	if (kind == 'N' && regcomp(&p->re, text, REG_EXTENDED | REG_NOSUB)) {
		error_msg("%s:%d: invalid N: regular expression '%s'", path,
			  lineno, text);
		free(p->text);
		return false;
	}
	s->nr++;
	return true;
}

/* Who to mail: M: maintainers, R: reviewers, L: lists, in file order. */
static void add_contact(struct section *s, char kind, const char *who)
{
	char key[2] = { kind, '\0' };
	json_t *list = json_object_get(s->contacts, key);

	if (!list) {
		list = json_array();
		json_object_set_new(s->contacts, key, list);
	}
	json_array_append_new(list, json_string(who));
}

static char *trim(char *s)
{
	char *end = s + strlen(s);

	while (*s == ' ' || *s == '\t')
		s++;
	while (end > s && (end[-1] == '\n' || end[-1] == '\r' ||
			   end[-1] == ' ' || end[-1] == '\t'))
		*--end = '\0';
	return s;
}

struct maintainers *maintainers_load(const char *path)
{
	struct maintainers *m = calloc(1, sizeof(*m));
	struct section *cur = NULL;
	char *line = NULL;
	size_t cap = 0;
	int lineno = 0;
	bool ok = true;
	FILE *f = fopen(path, "r");

	if (!f) {
		error_msg("%s: %s", path, strerror(errno));
		free(m);
		return NULL;
	}
	m->looked_up = json_object();
	while (ok && getline(&line, &cap, f) >= 0) {
		lineno++;
		if (line[0] >= 'A' && line[0] <= 'Z' && line[1] == ':') {
			if (cur && strchr("FXN", line[0]))
				ok = add_pattern(cur, line[0], trim(line + 2), path,
						 lineno);
			else if (cur && strchr("MRL", line[0]))
				add_contact(cur, line[0], trim(line + 2));
		} else if (line[0] && !strchr(" \t\r\n", line[0])) {
			m->sections = xrealloc(m->sections,
					       (m->nr + 1) * sizeof(*m->sections));
			cur = &m->sections[m->nr++];
			cur->name = strdup(trim(line));
			cur->patterns = NULL;
			cur->nr = 0;
			cur->contacts = json_object();
		} else if (!trim(line)[0]) {
			cur = NULL;
		}
	}
	free(line);
	fclose(f);
	if (!ok) {
		maintainers_free(m);
		return NULL;
	}
	return m;
}

/* Does F:/X: PATTERN cover FILE?  Returns the pattern's length, or 0. */
static size_t glob_covers(const char *pattern, const char *file)
{
	size_t n = strlen(pattern);

	if (!n)
		return 0;
	if (pattern[n - 1] == '/')
		return !strncmp(file, pattern, n) ? n : 0;
	if (strpbrk(pattern, "*?["))
		return !fnmatch(pattern, file, FNM_PATHNAME) ? n : 0;
	if (!strcmp(pattern, file))
		return n;
	return !strncmp(file, pattern, n) && file[n] == '/' ? n : 0;
}

/* How specifically section S covers FILE (0: not at all). */
static size_t coverage(const struct section *s, const char *file)
{
	size_t best = 0;

	for (size_t i = 0; i < s->nr; i++) {
		const struct pattern *p = &s->patterns[i];
		size_t n = 0;

		if (p->kind == 'X' && glob_covers(p->text, file))
			return 0;
		if (p->kind == 'F')
			n = glob_covers(p->text, file);
		else if (p->kind == 'N' && !regexec(&p->re, file, 0, NULL, 0))
			n = 1;
		if (n > best)
			best = n;
	}
	return best;
}

/*
 * A lookup tries every pattern of the file (tens of thousands in the
 * kernel's), and callers ask for the same files again and again: each
 * file's answer is kept.
 */
const char *maintainers_section(const struct maintainers *m, const char *file)
{
	json_t *known = json_object_get(m->looked_up, file);
	json_int_t best = -1;
	size_t best_n = 0;

	if (known) {
		best = json_integer_value(known);
		return best < 0 ? NULL : m->sections[best].name;
	}
	for (size_t i = 0; i < m->nr; i++) {
		size_t n = coverage(&m->sections[i], file);

		if (n > best_n) {
			best_n = n;
			best = (json_int_t)i;
		}
	}
	json_object_set_new(m->looked_up, file, json_integer(best));
	return best < 0 ? NULL : m->sections[best].name;
}

json_t *maintainers_contacts(const struct maintainers *m, const char *section)
{
	for (size_t i = 0; m && section && i < m->nr; i++)
		if (!strcmp(m->sections[i].name, section))
			return m->sections[i].contacts;
	return NULL;
}

void maintainers_free(struct maintainers *m)
{
	for (size_t i = 0; m && i < m->nr; i++) {
		struct section *s = &m->sections[i];

		for (size_t j = 0; j < s->nr; j++) {
			if (s->patterns[j].kind == 'N')
				regfree(&s->patterns[j].re);
			free(s->patterns[j].text);
		}
		free(s->patterns);
		free(s->name);
		json_decref(s->contacts);
	}
	if (m) {
		free(m->sections);
		json_decref(m->looked_up);
	}
	free(m);
}
