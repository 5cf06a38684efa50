// SPDX-License-Identifier: GPL-3.0-or-later
/*
 * input.c - read and check the plugin's unit documents and build reports.
 * Every problem names the file; nothing is trusted before it is checked,
 * so a corrupt or foreign input gives a message, never a crash.
 */
#include <errno.h>
#include <string.h>

#include "report.h"

static bool has_type(json_t *obj, const char *key, json_type type)
{
	json_t *v = json_object_get(obj, key);

	return v && json_typeof(v) == type;
}

/* The fields every finding must have, whatever its rule. */
static bool finding_valid(json_t *f, const char *where, size_t i)
{
	static const char *const strings[] = {
		"rule", "file", "function", "message", "fingerprint",
	};
	static const char *const integers[] = { "line", "column" };
	json_t *macros;

	if (!json_is_object(f)) {
		error_msg("%s: finding %zu is not an object", where, i);
		return false;
	}
	for (size_t k = 0; k < sizeof(strings) / sizeof(strings[0]); k++)
		if (!has_type(f, strings[k], JSON_STRING)) {
			error_msg("%s: finding %zu has no string '%s'", where, i,
				  strings[k]);
			return false;
		}
	for (size_t k = 0; k < sizeof(integers) / sizeof(integers[0]); k++)
		if (!has_type(f, integers[k], JSON_INTEGER)) {
			error_msg("%s: finding %zu has no integer '%s'", where, i,
				  integers[k]);
			return false;
		}
	macros = json_object_get(f, "macros");
	if (macros && !json_is_array(macros)) {
		error_msg("%s: finding %zu: 'macros' is not an array", where, i);
		return false;
	}
	return true;
}

static bool schema_supported(json_t *doc, const char *where, int supported)
{
	json_t *schema = json_object_get(doc, "schema");

	if (!json_is_integer(schema)) {
		error_msg("%s: no 'schema' number", where);
		return false;
	}
	if (json_integer_value(schema) > supported) {
		error_msg("%s: schema %lld is newer than this %s reads (%d); update foliocheck",
			  where, (long long)json_integer_value(schema), PROG,
			  supported);
		return false;
	}
	if (json_integer_value(schema) < 1) {
		error_msg("%s: invalid schema %lld", where,
			  (long long)json_integer_value(schema));
		return false;
	}
	return true;
}

static bool findings_valid(json_t *doc, const char *where)
{
	json_t *findings = json_object_get(doc, "findings"), *f;
	size_t i;

	if (!json_is_array(findings)) {
		error_msg("%s: no 'findings' array", where);
		return false;
	}
	json_array_foreach(findings, i, f)
		if (!finding_valid(f, where, i))
			return false;
	return true;
}

/*
 * Every element of ARRAY is an object with string fields STRINGS and
 * integer fields INTEGERS (NULL-terminated lists).
 */
static bool entries_valid(json_t *array, const char *where, const char *what,
			  const char *const *strings, const char *const *integers)
{
	json_t *e;
	size_t i;

	if (!json_is_array(array)) {
		error_msg("%s: '%s' is not an array", where, what);
		return false;
	}
	json_array_foreach(array, i, e) {
		for (const char *const *k = strings; *k; k++)
			if (!has_type(e, *k, JSON_STRING)) {
				error_msg("%s: %s %zu has no string '%s'", where,
					  what, i, *k);
				return false;
			}
		for (const char *const *k = integers; *k; k++)
			if (!has_type(e, *k, JSON_INTEGER)) {
				error_msg("%s: %s %zu has no integer '%s'", where,
					  what, i, *k);
				return false;
			}
	}
	return true;
}

/* What the rules are: optional (older reports), each with its texts. */
static bool rules_valid(json_t *rules, const char *where)
{
	static const char *const strings[] = { "id", "name", "summary",
					       "description", "help", NULL };
	static const char *const none[] = { NULL };
	static const char *const count_strings[] = { "field", "title", NULL };
	json_t *r;
	size_t i;

	if (!rules)
		return true;
	if (!entries_valid(rules, where, "rules", strings, none))
		return false;
	json_array_foreach(rules, i, r)
		if (json_object_get(r, "counts") &&
		    !entries_valid(json_object_get(r, "counts"), where,
				   "rules[].counts", count_strings, none))
			return false;
	return true;
}

/* The optional parts rule nonfolio-conversion adds: summaries and census. */
static bool extras_valid(json_t *doc, const char *where)
{
	static const char *const sink_strings[] = { "function", NULL };
	static const char *const sink_ints[] = { "arg", NULL };
	static const char *const source_strings[] = { "function", "memory", "from", NULL };
	static const char *const census_strings[] = { "file", "function", "sink", "class", NULL };
	static const char *const census_ints[] = { "line", "column", NULL };
	static const char *const none[] = { NULL };
	json_t *sums = json_object_get(doc, "summaries");
	json_t *census = json_object_get(doc, "census");

	if (sums && (!json_is_object(sums) ||
		     !entries_valid(json_object_get(sums, "sinks"), where,
				    "summaries.sinks", sink_strings, sink_ints) ||
		     !entries_valid(json_object_get(sums, "sources"), where,
				    "summaries.sources", source_strings, none))) {
		if (!json_is_object(sums))
			error_msg("%s: 'summaries' is not an object", where);
		return false;
	}
	if (census && !entries_valid(census, where, "census", census_strings,
				     census_ints))
		return false;
	return rules_valid(json_object_get(doc, "rules"), where);
}

bool unit_doc_valid(json_t *doc, const char *where)
{
	json_t *tool = json_object_get(doc, "tool");

	if (!json_is_object(doc) || !json_is_string(tool) ||
	    strcmp(json_string_value(tool), FC_TOOL_NAME)) {
		error_msg("%s: not a foliocheck report", where);
		return false;
	}
	if (!schema_supported(doc, where, FC_UNIT_SCHEMA) ||
	    !findings_valid(doc, where))
		return false;
	if (!has_type(doc, "unit", JSON_STRING)) {
		error_msg("%s: no 'unit'", where);
		return false;
	}
	if (json_object_get(doc, "allowed") &&
	    !has_type(doc, "allowed", JSON_ARRAY)) {
		error_msg("%s: 'allowed' is not an array", where);
		return false;
	}
	return extras_valid(doc, where);
}

static bool build_report_valid(json_t *doc, const char *where)
{
	return schema_supported(doc, where, BUILD_SCHEMA) &&
	       findings_valid(doc, where) && extras_valid(doc, where);
}

/*
 * "ld -r" concatenates the sections of its inputs, with padding, so a
 * section holds one or more documents separated by white space or NULs.
 */
int parse_documents(const char *buf, size_t len, const char *where,
		    json_t *docs)
{
	size_t off = 0;

	for (;;) {
		json_error_t err;
		json_t *doc;

		while (off < len && (buf[off] == '\0' || buf[off] == '\n' ||
				     buf[off] == ' ' || buf[off] == '\t' ||
				     buf[off] == '\r'))
			off++;
		if (off == len)
			return 0;
		doc = json_loadb(buf + off, len - off, JSON_DISABLE_EOF_CHECK, &err);
		if (!doc) {
			error_msg("%s: invalid findings at byte %zu: %s", where,
				  off + (size_t)err.position, err.text);
			return -1;
		}
		if (!unit_doc_valid(doc, where)) {
			json_decref(doc);
			return -1;
		}
		json_array_append_new(docs, doc);
		off += err.position;
	}
}

json_t *read_json_file(const char *path)
{
	json_error_t err;
	json_t *doc;
	FILE *f = fopen(path, "rb");

	if (!f) {
		error_msg("%s: %s", path, strerror(errno));
		return NULL;
	}
	doc = json_loadf(f, 0, &err);
	fclose(f);
	if (!doc)
		error_msg("%s:%d: invalid JSON: %s", path, err.line, err.text);
	return doc;
}

json_t *read_report(const char *path)
{
	json_t *doc = read_json_file(path), *tool;
	struct builder b;

	if (!doc)
		return NULL;
	if (!json_is_object(doc)) {
		error_msg("%s: not a foliocheck report", path);
		json_decref(doc);
		return NULL;
	}
	tool = json_object_get(doc, "tool");
	if (json_is_string(tool) && !strcmp(json_string_value(tool), PROG)) {
		if (build_report_valid(doc, path))
			return doc;
		json_decref(doc);
		return NULL;
	}
	/* A unit's report stands for a build of that one unit. */
	if (!unit_doc_valid(doc, path)) {
		json_decref(doc);
		return NULL;
	}
	builder_init(&b);
	builder_add_unit(&b, doc, NULL);
	json_decref(doc);
	return builder_finish(&b);
}
