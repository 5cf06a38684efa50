// SPDX-License-Identifier: GPL-3.0-or-later
/*
 * oracle-compare - recall and precision of rule page-member against GCC's
 * own front end.
 *
 *	oracle-compare BUILD.LOG REPORT.json SRCDIR [--list] [--complete]
 *
 * BUILD.LOG is a kernel build in which the slated members of struct page
 * were marked __attribute__((deprecated)) and compiled with
 * -Wdeprecated-declarations -ftrack-macro-expansion=0: every
 * "FILE:LINE:COL: warning: 'MEMBER' is deprecated" is a site the front end
 * saw.  A build of a tree whose struct page members were renamed away
 * (bench/oracle-goal-b.sh) is read too: every "error: 'struct page' has no
 * member named 'MEMBER'" is a site.  REPORT.json is foliocheck-report collect of the same build.  Sites
 * are compared as (file, line, member); header sites count once.  Missed
 * sites are sorted into categories by the text of their source line.
 * --list names every missed and extra site; --complete exits 1 unless
 * every oracle site was found and none is extra (make check-kernel).
 * Exit 2 on bad input.
 */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <jansson.h>

struct site {
	char *file;
	int line;
	char *member;
	bool matched;
	bool folded;		/* plugin: found by the front end only */
};

struct sites {
	struct site *v;
	size_t n, cap;
};

static int add_site(struct sites *s, const char *file, int line, const char *member)
{
	for (size_t i = 0; i < s->n; i++)
		if (s->v[i].line == line && !strcmp(s->v[i].file, file) &&
		    !strcmp(s->v[i].member, member))
			return 0;
	if (s->n == s->cap) {
		s->cap = s->cap ? 2 * s->cap : 1024;
		s->v = realloc(s->v, s->cap * sizeof(*s->v));
		if (!s->v)
			abort();
	}
	s->v[s->n++] = (struct site){ strdup(file), line, strdup(member), false, false };
	return 1;
}

static struct site *find(struct sites *s, const char *file, int line,
			 const char *member)
{
	for (size_t i = 0; i < s->n; i++)
		if (s->v[i].line == line && !strcmp(s->v[i].file, file) &&
		    !strcmp(s->v[i].member, member))
			return &s->v[i];
	return NULL;
}

/* "./include/x.h" -> "include/x.h" */
/*
 * "./mm/x.c" and "lib/../mm/internal.h" as the plugin writes them
 * ("mm/x.c", "mm/internal.h"): lexically, in place.
 */
static const char *clean(char *path)
{
	char *p;

	while (!strncmp(path, "./", 2))
		path += 2;
	while ((p = strstr(path, "/../")) != NULL) {
		char *start = p;

		while (start > path && start[-1] != '/')
			start--;
		memmove(start, p + 4, strlen(p + 4) + 1);
	}
	return path;
}

/*
 * GCC quotes with U+2018/U+2019 in a UTF-8 locale, and kbuild unexports
 * LC_ALL: turn them into ASCII quotes in place.
 */
static void ascii_quotes(char *line)
{
	char *in = line, *out = line;

	while (*in) {
		if (!strncmp(in, "\xe2\x80\x98", 3) || !strncmp(in, "\xe2\x80\x99", 3)) {
			*out++ = '\'';
			in += 3;
			continue;
		}
		*out++ = *in++;
	}
	*out = 0;
}

/* "struct page", "const struct page", "volatile struct page" */
static bool is_struct_page(const char *type)
{
	size_t n = strlen(type), m = strlen("struct page");

	return n >= m && !strcmp(type + n - m, "struct page") &&
	       (n == m || type[n - m - 1] == ' ');
}

static int read_oracle(const char *log, struct sites *oracle)
{
	FILE *f = fopen(log, "r");
	char *line = NULL, file[4096], member[256], type[256];
	size_t cap = 0;
	int lineno, col;

	if (!f) {
		perror(log);
		return -1;
	}
	while (getline(&line, &cap, f) >= 0) {
		ascii_quotes(line);
		if (sscanf(line, "%4095[^:]:%d:%d: warning: '%255[^']' is deprecated",
			   file, &lineno, &col, member) == 4 ||
		    (sscanf(line, "%4095[^:]:%d:%d: error: '%255[^']' has no member named '%255[^']'",
			    file, &lineno, &col, type, member) == 5 &&
		     is_struct_page(type)))
			add_site(oracle, clean(file), lineno, member);
	}
	free(line);
	fclose(f);
	if (!oracle->n) {
		fprintf(stderr, "%s: no deprecation warning or missing-member error in the build log: was it built with the marked header?\n", log);
		return -1;
	}
	return 0;
}

static int read_plugin(const char *report, struct sites *plugin)
{
	json_error_t err;
	json_t *doc = json_load_file(report, 0, &err), *f;
	size_t i;

	if (!doc) {
		fprintf(stderr, "%s:%d: %s\n", report, err.line, err.text);
		return -1;
	}
	json_array_foreach(json_object_get(doc, "findings"), i, f) {
		const char *rule = json_string_value(json_object_get(f, "rule"));
		const char *member = json_string_value(json_object_get(f, "member"));
		const char *access = json_string_value(json_object_get(f, "access"));
		const char *file = json_string_value(json_object_get(f, "file"));
		int line = (int)json_integer_value(json_object_get(f, "line"));

		char *path;

		if (!rule || strcmp(rule, "page-member") || !member || !file)
			continue;
		path = strdup(file);
		add_site(plugin, clean(path), line, member);
		if (access && !strcmp(access, "folded"))
			find(plugin, clean(path), line, member)->folded = true;
		free(path);
	}
	json_decref(doc);
	return 0;
}

static char *source_line(const char *src, const char *file, int lineno)
{
	char *path, *line = NULL;
	size_t cap = 0;
	FILE *f;

	if (asprintf(&path, "%s/%s", src, file) < 0)
		abort();
	f = fopen(file[0] == '/' ? file : path, "r");
	free(path);
	if (!f)
		return strdup("");
	for (int n = 1; getline(&line, &cap, f) >= 0 && n < lineno; n++)
		;
	fclose(f);
	return line ? line : strdup("");
}

/* Layout assertions at file scope: no function body holds them. */
#define OUTSIDE_FUNCTIONS "file-scope layout static_assert (offsetof), outside function bodies"

/* Why a site only the front end saw was missed, from its line's text. */
static const char *category(const char *text)
{
	static const struct { const char *needle, *name; } cats[] = {
		{ "FOLIO_MATCH", OUTSIDE_FUNCTIONS },
		{ "TABLE_MATCH", OUTSIDE_FUNCTIONS },
		{ "SLAB_MATCH", OUTSIDE_FUNCTIONS },
		{ "VM_BUG_ON", "VM_BUG_ON/VM_WARN_ON (sizeof under !DEBUG_VM)" },
		{ "VM_WARN_ON", "VM_BUG_ON/VM_WARN_ON (sizeof under !DEBUG_VM)" },
		{ "sizeof_field", "sizeof_field()" },
		{ "sizeof", "sizeof" },
		{ "offsetof", "offsetof" },
		{ "list_first_entry", "container_of/list_entry on the member" },
		{ "list_last_entry", "container_of/list_entry on the member" },
		{ "list_entry", "container_of/list_entry on the member" },
		{ "container_of", "container_of/list_entry on the member" },
		{ "typeof", "typeof" },
	};

	for (size_t i = 0; i < sizeof(cats) / sizeof(cats[0]); i++)
		if (strstr(text, cats[i].needle))
			return cats[i].name;
	if (strchr(text, '.') && strchr(text, '=') && !strstr(text, "->"))
		return "designated initializer or other";
	return "other";
}

struct tally {
	const char *name;
	int n;
};

static void count(struct tally *t, size_t *nt, const char *name)
{
	for (size_t i = 0; i < *nt; i++)
		if (!strcmp(t[i].name, name)) {
			t[i].n++;
			return;
		}
	t[(*nt)++] = (struct tally){ name, 1 };
}

static void report_missed(struct sites *oracle, const char *src, bool list)
{
	struct tally t[32];
	size_t nt = 0;

	for (size_t i = 0; i < oracle->n; i++) {
		struct site *s = &oracle->v[i];
		char *text;

		if (s->matched)
			continue;
		text = source_line(src, s->file, s->line);
		count(t, &nt, category(text));
		if (list)
			printf("  missed %s:%d %s [%s]: %s", s->file, s->line,
			       s->member, category(text), text);
		free(text);
	}
	printf("missed by category:\n");
	for (size_t i = 0; i < nt; i++)
		printf("  %5d  %s\n", t[i].n, t[i].name);
}

/* Recall inside and outside function bodies, by the sites' source lines. */
static void report_scopes(struct sites *oracle, const char *src)
{
	size_t total[2] = { 0, 0 }, found[2] = { 0, 0 };

	for (size_t i = 0; i < oracle->n; i++) {
		char *text = source_line(src, oracle->v[i].file, oracle->v[i].line);
		int outside = category(text) == (const char *)OUTSIDE_FUNCTIONS;

		total[outside]++;
		found[outside] += oracle->v[i].matched;
		free(text);
	}
	for (int outside = 0; outside < 2; outside++)
		printf("recall %s function bodies: %zu of %zu, %.1f%%\n",
		       outside ? "outside" : "inside", found[outside], total[outside],
		       total[outside] ? 100.0 * found[outside] / total[outside] : 100.0);
}

int main(int argc, char **argv)
{
	struct sites oracle = {}, plugin = {};
	size_t found = 0, extra = 0, folded = 0;
	bool list = false, complete = false;

	for (int i = 4; i < argc; i++) {
		if (!strcmp(argv[i], "--list"))
			list = true;
		else if (!strcmp(argv[i], "--complete"))
			complete = true;
		else
			argc = 0;
	}
	if (argc < 4) {
		fprintf(stderr, "usage: oracle-compare BUILD.LOG REPORT.json SRCDIR [--list] [--complete]\n");
		return 2;
	}
	if (read_oracle(argv[1], &oracle) || read_plugin(argv[2], &plugin))
		return 2;
	for (size_t i = 0; i < plugin.n; i++) {
		struct site *o = find(&oracle, plugin.v[i].file, plugin.v[i].line,
				      plugin.v[i].member);

		if (o) {
			o->matched = true;
			found++;
			folded += plugin.v[i].folded;
		} else {
			extra++;
			if (list)
				printf("  extra %s:%d %s\n", plugin.v[i].file,
				       plugin.v[i].line, plugin.v[i].member);
		}
	}
	printf("oracle sites: %zu\nplugin sites: %zu\nfound: %zu\nmissed: %zu\nextra (plugin only): %zu\n",
	       oracle.n, plugin.n, found, oracle.n - found, extra);
	printf("recall: %.1f%%\nprecision: %.1f%%\n",
	       oracle.n ? 100.0 * found / oracle.n : 100.0,
	       plugin.n ? 100.0 * found / plugin.n : 100.0);
	printf("found by the front end only (access \"folded\"): %zu\n", folded);
	report_scopes(&oracle, argv[3]);
	report_missed(&oracle, argv[3], list);
	return complete && (found < oracle.n || extra) ? 1 : 0;
}
