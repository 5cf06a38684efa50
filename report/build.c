// SPDX-License-Identifier: GPL-3.0-or-later
/*
 * build.c - aggregate unit documents and build reports into one build
 * report: one finding per fingerprint (a header finding seen by 900 units
 * is one finding with 900 units), sorted, so the same inputs always give
 * the same bytes.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "report.h"

void builder_init(struct builder *b)
{
	b->findings = json_object();
	b->units = json_object();
	b->allowed = json_object();
	b->without = json_array();
	b->configs = json_object();
	b->sinks = json_object();
	b->sources = json_object();
	b->census = json_object();
	b->has_census = false;
	b->builds = json_object();
	b->nr_remote = 0;
	b->rules = json_array();
	b->preprocessed = json_object();
	b->unit_build = NULL;
}

static void set_add(json_t *set, const char *name)
{
	json_object_set_new(set, name, json_true());
}

/* Add every string of ARRAY (if it is one) to SET. */
static void set_add_all(json_t *set, json_t *array)
{
	json_t *v;
	size_t i;

	json_array_foreach(array, i, v)
		if (json_is_string(v))
			set_add(set, json_string_value(v));
}

static json_t *finding_entry(struct builder *b, json_t *f)
{
	const char *fp = json_string_value(json_object_get(f, "fingerprint"));
	json_t *entry = json_object_get(b->findings, fp);

	if (entry)
		return entry;
	entry = json_deep_copy(f);
	json_object_set_new(entry, "units", json_object());
	json_object_set_new(entry, "configs", json_object());
	json_object_set_new(entry, "builds", json_object());
	json_object_del(entry, "unit_count");
	json_object_set_new(b->findings, fp, entry);
	return entry;
}

static void add_allowed(struct builder *b, json_t *allowed)
{
	json_t *a, *sum;
	size_t i;

	json_array_foreach(allowed, i, a) {
		const char *rule = json_string_value(json_object_get(a, "rule"));
		const char *entry = json_string_value(json_object_get(a, "entry"));
		json_t *count = json_object_get(a, "count");
		char *key;

		if (!rule || !entry || !json_is_integer(count))
			continue;
		key = xasprintf("%s\n%s", rule, entry);
		sum = json_object_get(b->allowed, key);
		if (!sum) {
			sum = json_deep_copy(a);
			json_object_set_new(sum, "count", json_integer(0));
			json_object_set_new(b->allowed, key, sum);
		}
		json_object_set_new(sum, "count", json_integer(
			json_integer_value(json_object_get(sum, "count")) +
			json_integer_value(count)));
		free(key);
	}
}

static void add_keyed(json_t *set, char *key, json_t *entry)
{
	if (!json_object_get(set, key))
		json_object_set(set, key, entry);
	free(key);
}

/* The version the compiler's text ends with: "gcc (Debian ...) 12.2.0". */
static const char *compiler_version(const char *text)
{
	const char *space = strrchr(text, ' ');

	return space ? space + 1 : text;
}

/* kernel/arch/config/gcc-VERSION, without the config when it has none. */
static char *build_id(json_t *build)
{
	const char *config = json_string_value(json_object_get(build, "config"));
	const char *compiler = json_string_value(json_object_get(build, "compiler"));

	return xasprintf("%s/%s/%s%sgcc-%s",
			  json_string_value(json_object_get(build, "kernel")),
			  json_string_value(json_object_get(build, "arch")),
			  config ? config : "", config && *config ? "/" : "",
			  compiler_version(compiler ? compiler : ""));
}

/* Add a copy of BUILD with its id; returns the id, owned by the builder. */
static const char *add_build(struct builder *b, json_t *build)
{
	json_t *entry;
	char *id;
	const char *key;

	if (!json_is_string(json_object_get(build, "kernel")) ||
	    !json_is_string(json_object_get(build, "arch")))
		return NULL;
	entry = json_deep_copy(build);
	id = build_id(entry);

	json_object_set_new(entry, "id", json_string(id));
	if (!json_object_get(b->builds, id))
		json_object_set(b->builds, id, entry);
	key = json_object_iter_key(json_object_iter_at(b->builds, id));
	json_decref(entry);
	free(id);
	return key;
}

const char *builder_add_build(struct builder *b, json_t *build, const char *config)
{
	json_t *named = json_deep_copy(build);
	const char *id;

	json_object_set_new(named, "config", json_string(config ? config : ""));
	id = add_build(b, named);
	json_decref(named);
	return id;
}

/*
 * Functions other units convert or take pages from (the inputs were
 * checked): one entry per sink argument and per source function, the
 * first source in sorted order when units disagree.
 */
static void add_summaries(struct builder *b, json_t *summaries)
{
	json_t *e;
	size_t i;

	json_array_foreach(json_object_get(summaries, "sinks"), i, e)
		add_keyed(b->sinks, xasprintf("%s\t%lld",
			  json_string_value(json_object_get(e, "function")),
			  (long long)json_integer_value(json_object_get(e, "arg"))), e);
	json_array_foreach(json_object_get(summaries, "sources"), i, e) {
		const char *fn = json_string_value(json_object_get(e, "function"));
		json_t *known = json_object_get(b->sources, fn);

		if (!known || strcmp(json_string_value(json_object_get(e, "memory")),
				     json_string_value(json_object_get(known, "memory"))) < 0)
			json_object_set(b->sources, fn, e);
	}
}

/* Each rule once, as the first unit (or report) that ran it describes it. */
static void add_rules(struct builder *b, json_t *rules)
{
	json_t *r, *known;
	size_t i, k;

	json_array_foreach(rules, i, r) {
		const char *id = json_string_value(json_object_get(r, "id"));
		bool seen = false;

		if (!id)
			continue;
		json_array_foreach(b->rules, k, known)
			seen |= !strcmp(id, json_string_value(json_object_get(known, "id")));
		if (!seen)
			json_array_append(b->rules, r);
	}
}

/* A header's conversion is one conversion, whatever the units that saw it. */
static void add_census(struct builder *b, json_t *census)
{
	json_t *e;
	size_t i;

	if (!census)
		return;
	b->has_census = true;
	json_array_foreach(census, i, e)
		add_keyed(b->census, xasprintf("%s:%lld:%lld:%s",
			  json_string_value(json_object_get(e, "file")),
			  (long long)json_integer_value(json_object_get(e, "line")),
			  (long long)json_integer_value(json_object_get(e, "column")),
			  json_string_value(json_object_get(e, "sink"))), e);
}

/* What a unit document and a build report both carry besides findings. */
static void add_parts(struct builder *b, json_t *doc)
{
	add_allowed(b, json_object_get(doc, "allowed"));
	add_summaries(b, json_object_get(doc, "summaries"));
	add_census(b, json_object_get(doc, "census"));
	add_rules(b, json_object_get(doc, "rules"));
}

void builder_add_unit(struct builder *b, json_t *doc, const char *config)
{
	const char *unit = json_string_value(json_object_get(doc, "unit"));
	json_t *f;
	size_t i;

	set_add(b->units, unit);
	if (config)
		set_add(b->configs, config);
	b->nr_remote += json_is_true(json_object_get(doc, "remote"));
	if (json_object_get(doc, "input"))
		set_add(b->preprocessed, unit);
	json_array_foreach(json_object_get(doc, "findings"), i, f) {
		json_t *entry = finding_entry(b, f);

		set_add(json_object_get(entry, "units"), unit);
		if (config)
			set_add(json_object_get(entry, "configs"), config);
		if (b->unit_build)
			set_add(json_object_get(entry, "builds"), b->unit_build);
	}
	add_parts(b, doc);
}

/*
 * A build report of one config (or several) joins this one.  A report
 * without config names is named by CONFIG (its file name, for merge).
 */
void builder_add_report(struct builder *b, json_t *report, const char *config)
{
	json_t *configs = json_object_get(report, "configs"), *f, *units;
	json_t *builds = json_object_get(report, "builds");
	bool named = json_array_size(configs) > 0;
	const char *only = NULL;	/* the build of a one-build report */
	size_t i;

	json_array_foreach(builds, i, f)
		if (json_is_object(f))
			only = add_build(b, f);
	if (json_array_size(builds) != 1)
		only = NULL;
	if (named)
		set_add_all(b->configs, configs);
	else
		set_add(b->configs, config);
	set_add_all(b->units, json_object_get(report, "unit_names"));
	set_add_all(b->preprocessed, json_object_get(report, "preprocessed_units"));
	json_array_foreach(json_object_get(report, "findings"), i, f) {
		json_t *entry = finding_entry(b, f);

		units = json_object_get(f, "units");
		set_add_all(json_object_get(entry, "units"), units);
		if (named)
			set_add_all(json_object_get(entry, "configs"),
				    json_object_get(f, "configs"));
		else
			set_add(json_object_get(entry, "configs"), config);
		if (json_object_get(f, "builds"))
			set_add_all(json_object_get(entry, "builds"),
				    json_object_get(f, "builds"));
		else if (only)	/* a report older than per-finding builds */
			set_add(json_object_get(entry, "builds"), only);
	}
	json_array_foreach(json_object_get(report, "objects_without_plugin"), i, f)
		if (json_is_string(f))
			json_array_append(b->without, f);
	add_parts(b, report);
}

static int compare_strings(const void *a, const void *b)
{
	return strcmp(json_string_value(*(json_t *const *)a),
		      json_string_value(*(json_t *const *)b));
}

/* A sorted array of SET's keys (or ARRAY's strings), without repeats. */
static json_t *sorted(json_t *set_or_array)
{
	json_t *array = json_array(), *v, **items, *out;
	const char *key;
	size_t n, i;

	if (json_is_object(set_or_array)) {
		json_object_foreach(set_or_array, key, v)
			json_array_append_new(array, json_string(key));
	} else {
		json_array_foreach(set_or_array, i, v)
			json_array_append(array, v);
	}
	n = json_array_size(array);
	items = calloc(n ? n : 1, sizeof(*items));
	for (i = 0; i < n; i++)
		items[i] = json_array_get(array, i);
	qsort(items, n, sizeof(*items), compare_strings);
	out = json_array();
	for (i = 0; i < n; i++)
		if (!i || strcmp(json_string_value(items[i]),
				 json_string_value(items[i - 1])))
			json_array_append(out, items[i]);
	free(items);
	json_decref(array);
	return out;
}

static int compare_ints(json_t *a, json_t *b, const char *key)
{
	json_int_t x = json_integer_value(json_object_get(a, key));
	json_int_t y = json_integer_value(json_object_get(b, key));

	return x < y ? -1 : x > y;
}

static int compare_str_field(json_t *a, json_t *b, const char *key)
{
	const char *x = json_string_value(json_object_get(a, key));
	const char *y = json_string_value(json_object_get(b, key));

	return strcmp(x ? x : "", y ? y : "");
}

int compare_findings(const void *pa, const void *pb)
{
	json_t *a = *(json_t *const *)pa, *b = *(json_t *const *)pb;
	int c;

	if ((c = compare_str_field(a, b, "file")) ||
	    (c = compare_ints(a, b, "line")) ||
	    (c = compare_ints(a, b, "column")) ||
	    (c = compare_str_field(a, b, "rule")))
		return c;
	return compare_str_field(a, b, "fingerprint");
}

/* The values of OBJECT as an array sorted with CMP. */
static json_t *sorted_values(json_t *object, int (*cmp)(const void *, const void *))
{
	size_t n = json_object_size(object), i = 0;
	json_t **items = calloc(n ? n : 1, sizeof(*items)), *v, *out;
	const char *key;

	json_object_foreach(object, key, v)
		items[i++] = v;
	qsort(items, n, sizeof(*items), cmp);
	out = json_array();
	for (i = 0; i < n; i++)
		json_array_append(out, items[i]);
	free(items);
	return out;
}

static int compare_allowed(const void *pa, const void *pb)
{
	json_t *a = *(json_t *const *)pa, *b = *(json_t *const *)pb;
	int c = compare_str_field(a, b, "rule");

	return c ? c : compare_str_field(a, b, "entry");
}

static int compare_builds(const void *pa, const void *pb)
{
	json_t *a = *(json_t *const *)pa, *b = *(json_t *const *)pb;
	int c;

	if ((c = compare_str_field(a, b, "config")) ||
	    (c = compare_str_field(a, b, "arch")) ||
	    (c = compare_str_field(a, b, "kernel")))
		return c;
	return compare_str_field(a, b, "compiler");
}

static int compare_census(const void *pa, const void *pb)
{
	json_t *a = *(json_t *const *)pa, *b = *(json_t *const *)pb;
	int c;

	if ((c = compare_str_field(a, b, "file")) ||
	    (c = compare_ints(a, b, "line")) ||
	    (c = compare_ints(a, b, "column")))
		return c;
	return compare_str_field(a, b, "sink");
}

static int compare_summaries(const void *pa, const void *pb)
{
	json_t *a = *(json_t *const *)pa, *b = *(json_t *const *)pb;
	int c = compare_str_field(a, b, "function");

	return c ? c : compare_ints(a, b, "arg");
}

static void finish_finding(json_t *f)
{
	json_t *units = sorted(json_object_get(f, "units"));

	json_object_set_new(f, "unit_count", json_integer(json_array_size(units)));
	json_object_set_new(f, "units", units);
	json_object_set_new(f, "configs", sorted(json_object_get(f, "configs")));
	json_object_set_new(f, "builds", sorted(json_object_get(f, "builds")));
}

json_t *builder_finish(struct builder *b)
{
	json_t *report = json_object(), *v;
	const char *key;

	json_object_foreach(b->findings, key, v)
		finish_finding(v);
	json_object_set_new(report, "tool", json_string(PROG));
	json_object_set_new(report, "version", json_string(PACKAGE_VERSION));
	json_object_set_new(report, "schema", json_integer(BUILD_SCHEMA));
	json_object_set_new(report, "rules", b->rules);
	json_object_set_new(report, "configs", sorted(b->configs));
	json_object_set_new(report, "builds", sorted_values(b->builds, compare_builds));
	json_object_set_new(report, "units", json_integer(json_object_size(b->units)));
	json_object_set_new(report, "unit_names", sorted(b->units));
	json_object_set_new(report, "objects_without_plugin", sorted(b->without));
	json_object_set_new(report, "preprocessed_units", sorted(b->preprocessed));
	json_object_set_new(report, "findings",
			    sorted_values(b->findings, compare_findings));
	json_object_set_new(report, "allowed",
			    sorted_values(b->allowed, compare_allowed));
	json_object_set_new(report, "summaries", json_pack("{s:o,s:o}",
		"sinks", sorted_values(b->sinks, compare_summaries),
		"sources", sorted_values(b->sources, compare_summaries)));
	if (b->has_census)
		json_object_set_new(report, "census",
				    sorted_values(b->census, compare_census));
	json_decref(b->findings);
	json_decref(b->units);
	json_decref(b->allowed);
	json_decref(b->without);
	json_decref(b->configs);
	json_decref(b->sinks);
	json_decref(b->sources);
	json_decref(b->census);
	json_decref(b->builds);
	json_decref(b->preprocessed);
	return report;
}
