// SPDX-License-Identifier: GPL-3.0-or-later
/*
 * sarif.c - "sarif REPORT": SARIF 2.1.0 for code scanning and viewers.
 */
#include <stdlib.h>
#include <string.h>

#include "report.h"

#define SARIF_SCHEMA "https://json.schemastore.org/sarif-2.1.0.json"
#define FINGERPRINT_KEY "foliocheck/v1"

static json_t *text_of(json_t *rule, const char *key)
{
	const char *text = json_string_value(json_object_get(rule, key));

	return json_pack("{s:s}", "text", text ? text : "");
}

/* A rule of SARIF's driver, from what the plugin said the rule is. */
static json_t *rule_json(json_t *rule)
{
	json_t *r = json_object();

	json_object_set(r, "id", json_object_get(rule, "id"));
	json_object_set(r, "name", json_object_get(rule, "name"));
	json_object_set_new(r, "shortDescription", text_of(rule, "summary"));
	json_object_set_new(r, "fullDescription", text_of(rule, "description"));
	json_object_set_new(r, "help", text_of(rule, "help"));
	json_object_set_new(r, "defaultConfiguration",
			    json_pack("{s:s}", "level", "warning"));
	return r;
}

static json_t *message(const char *text)
{
	json_t *m = json_object();

	json_object_set_new(m, "text", json_string(text ? text : ""));
	return m;
}

/* PATH as a URI reference: bytes other than unreserved ones and '/' escaped. */
static char *uri_of(const char *path)
{
	static const char hex[] = "0123456789ABCDEF";
	bool absolute = path[0] == '/';
	char *uri = malloc(strlen(path) * 3 + sizeof("file://")), *o = uri;

	if (!uri)
		abort();
	if (absolute)
		o = stpcpy(o, "file://");
	for (const unsigned char *p = (const unsigned char *)path; *p; p++) {
		if ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') ||
		    (*p >= '0' && *p <= '9') || strchr("-._~/", *p)) {
			*o++ = *p;
		} else {
			*o++ = '%';
			*o++ = hex[*p >> 4];
			*o++ = hex[*p & 15];
		}
	}
	*o = '\0';
	return uri;
}

/*
 * A relative path is relative to the source tree's root (SRCROOT); an
 * absolute one becomes a file:// URI.
 */
static json_t *physical_location(json_t *where)
{
	json_t *pl = json_object(), *art = json_object(), *region = json_object();
	const char *file = json_string_value(json_object_get(where, "file"));
	json_int_t line = json_integer_value(json_object_get(where, "line"));
	json_int_t column = json_integer_value(json_object_get(where, "column"));
	char *uri = uri_of(file ? file : "");

	json_object_set_new(art, "uri", json_string(uri));
	free(uri);
	if (file && file[0] != '/')
		json_object_set_new(art, "uriBaseId", json_string("SRCROOT"));
	json_object_set_new(pl, "artifactLocation", art);
	json_object_set_new(region, "startLine", json_integer(line > 0 ? line : 1));
	if (column > 0)
		json_object_set_new(region, "startColumn", json_integer(column));
	json_object_set_new(pl, "region", region);
	return pl;
}

static json_t *location(json_t *where, const char *function, const char *text)
{
	json_t *loc = json_object();

	json_object_set_new(loc, "physicalLocation", physical_location(where));
	if (function) {
		json_t *logical = json_object(), *list = json_array();

		json_object_set_new(logical, "name", json_string(function));
		json_object_set_new(logical, "kind", json_string("function"));
		json_array_append_new(list, logical);
		json_object_set_new(loc, "logicalLocations", list);
	}
	if (text)
		json_object_set_new(loc, "message", message(text));
	return loc;
}

/* Source -> sink, for findings that have a source. */
static json_t *code_flows(json_t *f)
{
	json_t *source = json_object_get(f, "source"), *flows, *thread, *locs, *step;
	char *text;

	if (!json_is_object(source))
		return NULL;
	locs = json_array();
	text = xasprintf("page comes from '%s'",
			 json_string_value(json_object_get(source, "what")));
	step = json_object();
	json_object_set_new(step, "location", location(source, NULL, text));
	json_array_append_new(locs, step);
	free(text);
	step = json_object();
	json_object_set_new(step, "location",
			    location(f, json_string_value(json_object_get(f, "function")),
				     "converted to a folio here"));
	json_array_append_new(locs, step);
	thread = json_object();
	json_object_set_new(thread, "locations", locs);
	flows = json_object();
	json_object_set_new(flows, "threadFlows", json_array());
	json_array_append_new(json_object_get(flows, "threadFlows"), thread);
	return flows;
}

static json_t *result(json_t *f, const char *baseline_state)
{
	json_t *r = json_object(), *locs = json_array(), *fps = json_object();
	json_t *flows = code_flows(f);

	json_object_set_new(r, "ruleId", json_object_get(f, "rule") ?
			    json_copy(json_object_get(f, "rule")) : json_string(""));
	json_object_set_new(r, "level", json_string("warning"));
	json_object_set_new(r, "message",
			    message(json_string_value(json_object_get(f, "message"))));
	json_array_append_new(locs, location(f, json_string_value(
					json_object_get(f, "function")), NULL));
	json_object_set_new(r, "locations", locs);
	json_object_set(fps, FINGERPRINT_KEY, json_object_get(f, "fingerprint"));
	json_object_set_new(r, "partialFingerprints", fps);
	if (flows) {
		json_t *list = json_array();

		json_array_append_new(list, flows);
		json_object_set_new(r, "codeFlows", list);
	}
	if (baseline_state)
		json_object_set_new(r, "baselineState", json_string(baseline_state));
	return r;
}

static json_t *driver(json_t *report)
{
	json_t *d = json_object(), *list = json_array(), *rule;
	size_t i;

	json_object_set_new(d, "name", json_string("foliocheck"));
	json_object_set_new(d, "version", json_string(PACKAGE_VERSION));
	json_object_set_new(d, "semanticVersion", json_string(PACKAGE_VERSION));
	json_object_set_new(d, "informationUri",
			    json_string("https://www.kernel.org/doc/html/latest/mm/"));
	json_array_foreach(json_object_get(report, "rules"), i, rule)
		json_array_append_new(list, rule_json(rule));
	json_object_set_new(d, "rules", list);
	return d;
}

static json_t *results(json_t *report, json_t *baseline)
{
	json_t *out = json_array(), *f, *old = json_object();
	json_t *now = json_object();
	size_t i;

	json_array_foreach(json_object_get(baseline, "findings"), i, f)
		json_object_set(old, json_string_value(json_object_get(f, "fingerprint")), f);
	json_array_foreach(json_object_get(report, "findings"), i, f) {
		const char *fp = json_string_value(json_object_get(f, "fingerprint"));
		const char *state = !baseline ? NULL :
				    json_object_get(old, fp) ? "unchanged" : "new";

		json_object_set(now, fp, f);
		json_array_append_new(out, result(f, state));
	}
	/* Fixed since the baseline: "absent" results. */
	json_array_foreach(json_object_get(baseline, "findings"), i, f)
		if (!json_object_get(now, json_string_value(json_object_get(f, "fingerprint"))))
			json_array_append_new(out, result(f, "absent"));
	json_decref(old);
	json_decref(now);
	return out;
}

static const char sarif_usage[] =
"Usage: " PROG " sarif [-o FILE] [--baseline OLD] REPORT\n"
"\n"
"Write REPORT as SARIF 2.1.0: rules with help text, partialFingerprints\n"
"(" FINGERPRINT_KEY "), the enclosing function as a logical location, a\n"
"code flow from source to sink for nonfolio-conversion; with --baseline,\n"
"baselineState new/unchanged, and findings fixed since as absent.\n"
"\n"
"  -b, --baseline OLD  the report to compare with\n"
"  -o, --output FILE   write to FILE (atomically), not stdout\n";

static const struct command_spec sarif_spec = {
	sarif_usage, "ob", "", 1, 1,
	"give one REPORT",
};

json_t *sarif_results(json_t *findings, const char *state)
{
	json_t *out = json_array(), *f;
	size_t i;

	json_array_foreach(findings, i, f)
		json_array_append_new(out, result(f, state));
	return out;
}

/*
 * An allow entry or suppression that covered no finding in the build, or
 * a suppression past its until=: a note on the tool's configuration, at
 * the entry's file and line, with its reason.
 */
static json_t *entry_notification(json_t *a, bool expired)
{
	const char *entry = json_string_value(json_object_get(a, "entry"));
	const char *colon = entry ? strrchr(entry, ':') : NULL;
	json_t *n = json_object(), *loc = json_object(), *where;
	char *text, *file;

	if (!colon)
		return NULL;
	file = strndup(entry, colon - entry);
	where = json_pack("{s:s, s:i}", "file", file, "line", atoi(colon + 1));
	text = xasprintf(expired ? "Suppression %s is past its until=%s and suppresses nothing. Justification: %s"
				 : "Allow entry %s%s covered no finding in this build. Justification: %s",
			 entry, expired ? json_string_value(json_object_get(a, "until")) : "",
			 json_string_value(json_object_get(a, "reason")));
	json_object_set_new(n, "descriptor", json_pack("{s:s}", "id",
			    expired ? "expired-suppression" : "unused-allow-entry"));
	json_object_set_new(n, "level", json_string(expired ? "warning" : "note"));
	json_object_set_new(n, "message", message(text));
	json_object_set_new(loc, "physicalLocation", physical_location(where));
	json_decref(where);
	json_object_set_new(n, "locations", json_pack("[o]", loc));
	free(text);
	free(file);
	return n;
}

static json_t *invocations(json_t *report)
{
	json_t *notes = json_array(), *a, *n, *inv = json_object();
	size_t i;

	json_array_foreach(json_object_get(report, "allowed"), i, a) {
		bool expired = json_is_true(json_object_get(a, "expired"));

		if (!expired && json_integer_value(json_object_get(a, "count")))
			continue;
		if ((n = entry_notification(a, expired)))
			json_array_append_new(notes, n);
	}
	json_object_set_new(inv, "executionSuccessful", json_true());
	json_object_set_new(inv, "toolConfigurationNotifications", notes);
	return json_pack("[o]", inv);
}

json_t *sarif_log(json_t *report, json_t *results)
{
	json_t *doc, *run, *tool, *runs, *bases, *root;

	tool = json_object();
	json_object_set_new(tool, "driver", driver(report));
	run = json_object();
	json_object_set_new(run, "tool", tool);
	bases = json_object();
	root = json_object();
	json_object_set_new(root, "description", message("The root of the source tree the build compiled."));
	json_object_set_new(bases, "SRCROOT", root);
	json_object_set_new(run, "originalUriBaseIds", bases);
	json_object_set_new(run, "results", results);
	json_object_set_new(run, "invocations", invocations(report));
	json_object_set_new(run, "columnKind", json_string("utf16CodeUnits"));
	runs = json_array();
	json_array_append_new(runs, run);
	doc = json_object();
	json_object_set_new(doc, "$schema", json_string(SARIF_SCHEMA));
	json_object_set_new(doc, "version", json_string("2.1.0"));
	json_object_set_new(doc, "runs", runs);
	return doc;
}

int cmd_sarif(int argc, char **argv)
{
	struct common_opts o;
	int status, ret;
	json_t *report, *baseline = NULL, *doc;

	if (parse_command(argc, argv, &sarif_spec, &o, &status))
		return status;
	report = read_report(argv[o.first]);
	if (!report || (o.baseline && !(baseline = read_report(o.baseline)))) {
		json_decref(report);
		return EXIT_BAD_INPUT;
	}
	doc = sarif_log(report, results(report, baseline));
	ret = write_json(o.output, doc);
	json_decref(doc);
	json_decref(report);
	json_decref(baseline);
	return ret ? EXIT_BAD_INPUT : EXIT_CLEAN;
}
