/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * foliocheck.cc - plugin entry: version check, arguments, registration.
 *
 * foliocheck reports kernel code that still uses struct page members slated
 * for removal.  Added to any compile:
 *
 *	gcc -fplugin=foliocheck -fplugin-arg-foliocheck-report=mm.json ...
 *
 * it turns
 *
 *	pgoff_t off = page->index;
 *
 * into
 *
 *	warning: direct read of 'struct page' member 'index' (slated for
 *	removal; use folio->index, folio_index() or folio_pgoff())
 *	[foliocheck:page-member]
 *
 * It only analyses: the IR and the generated code are never changed.
 */
#include "foliocheck.h"

int plugin_is_GPL_compatible;

struct fc_options fc_opts = {
	NULL,		/* annotations: found in fc_default_annotations() */
	"all",		/* stage */
	NULL, NULL, NULL, NULL, false, false, false, true, false, NULL, NULL, NULL,
};

static bool no_section;

static const char *headers_arg = "warn";

const char *fc_compiler_version;

enum arg_kind { ARG_VALUE, ARG_FLAG };

struct fc_arg {
	const char *key;
	enum arg_kind kind;
	const char **value;
	bool *flag;
	const char *help;
};

static bool show_help;
static const char *tag;

static const struct fc_arg fc_args[] = {
	{ "annotations", ARG_VALUE, &fc_opts.annotations, NULL,
	  "=FILE   annotation data (default: the installed linux-6.12 data)" },
	{ "stage", ARG_VALUE, &fc_opts.stage, NULL,
	  "=NAME   members slated by this stage of the plan (default: all)" },
	{ "checks", ARG_VALUE, &fc_opts.checks, NULL,
	  "=LIST   comma-separated rules to run (default: all)" },
	{ "root", ARG_VALUE, &fc_opts.root, NULL,
	  "=DIR    paths below DIR are reported relative to it (O= builds)" },
	{ "report", ARG_VALUE, &fc_opts.report, NULL,
	  "=FILE   write this unit's JSON report to FILE" },
	{ "report-dir", ARG_VALUE, &fc_opts.report_dir, NULL,
	  "=DIR    write DIR/<object>.foliocheck.json per unit" },
	{ "headers", ARG_VALUE, &headers_arg, NULL,
	  "=WHAT   findings located in headers: warn (default) or report (report only)" },
	{ "no-section", ARG_FLAG, NULL, &no_section,
	  "        do not store the findings in the object's .discard.foliocheck section" },
	{ "werror", ARG_FLAG, NULL, &fc_opts.werror,
	  "        findings are errors (fail the compile)" },
	{ "quiet", ARG_FLAG, NULL, &fc_opts.quiet,
	  "        no diagnostics; findings go to the report only" },
	{ "census", ARG_FLAG, NULL, &fc_opts.census,
	  "        record every page->folio conversion in the report, findings or not" },
	{ "baseline", ARG_VALUE, &fc_opts.baseline, NULL,
	  "=FILE  findings FILE has (a report, or foliocheck-report baseline's\n"
	  "          list) stay quiet; the others are errors: fail on new uses only" },
	{ "suppressions", ARG_VALUE, &fc_opts.suppressions, NULL,
	  "=FILE your allow entries, each with reason= and until= (a date or a\n"
	  "          kernel version): what they cover is allowed until then" },
	{ "summaries", ARG_VALUE, &fc_opts.summaries, NULL,
	  "=REPORT functions of other units convert or return pages as this\n"
	  "          build report of an earlier pass says (two-pass builds)" },
	{ "tag", ARG_VALUE, &tag, NULL,
	  "=ANY    ignored; a build system that tracks command lines (kbuild)\n"
	  "          recompiles when it changes: give the plugin's version or hash" },
	{ "help", ARG_FLAG, NULL, &show_help,
	  "        print this list" },
};

/* The hooks checks registered; the tables grow with them. */
static fc_function_hook *generic_hooks;
static int nr_generic_hooks;
static fc_gimple_hook *gimple_hooks;
static int nr_gimple_hooks;
static fc_unit_hook *unit_end_hooks;
static int nr_unit_end_hooks;
static fc_type_hook *type_hooks;
static int nr_type_hooks;
static fc_function_hook *function_decl_hooks;
static int nr_function_decl_hooks;

void fc_register_generic_hook(fc_function_hook hook)
{
	FC_APPEND(generic_hooks, nr_generic_hooks, hook);
}

void fc_register_type_hook(fc_type_hook hook)
{
	FC_APPEND(type_hooks, nr_type_hooks, hook);
}

void fc_register_function_decl_hook(fc_function_hook hook)
{
	FC_APPEND(function_decl_hooks, nr_function_decl_hooks, hook);
}

void fc_register_gimple_hook(fc_gimple_hook hook)
{
	FC_APPEND(gimple_hooks, nr_gimple_hooks, hook);
}

void fc_register_unit_end_hook(fc_unit_hook hook)
{
	FC_APPEND(unit_end_hooks, nr_unit_end_hooks, hook);
}

static const pass_data fc_gimple_pass_data = {
	GIMPLE_PASS,
	"foliocheck",		/* name: -fdump-tree-foliocheck */
	OPTGROUP_NONE,
	TV_NONE,
	PROP_ssa | PROP_cfg,	/* properties_required */
	0, 0,			/* properties provided, destroyed */
	0, 0,			/* todo_flags start, finish: no change */
};

/* GCC's pass API is a class; this is the only one foliocheck has. */
class fc_gimple_pass : public gimple_opt_pass {
public:
	fc_gimple_pass(gcc::context *ctxt)
		: gimple_opt_pass(fc_gimple_pass_data, ctxt) {}

	unsigned int execute(function *fun) final override
	{
		for (int i = 0; i < nr_gimple_hooks; i++)
			gimple_hooks[i](fun);
		return 0;
	}
};

static void register_gimple_pass(const char *name)
{
	struct register_pass_info info;

	info.pass = new fc_gimple_pass(g);
	info.reference_pass_name = "ssa";
	info.ref_pass_instance_number = 1;
	info.pos_op = PASS_POS_INSERT_AFTER;
	register_callback(name, PLUGIN_PASS_MANAGER_SETUP, NULL, &info);
}

/* PLUGIN_FINISH_DECL: a declaration that is not a definition. */
static void on_function_decl(void *gcc_data, void *)
{
	tree decl = (tree)gcc_data;

	if (!decl || TREE_CODE(decl) != FUNCTION_DECL)
		return;
	for (int i = 0; i < nr_function_decl_hooks; i++)
		function_decl_hooks[i](decl);
}

/*
 * A definition's FUNCTION_DECL is the one later calls bind to here, once
 * its body is parsed; at PLUGIN_START_PARSE_FUNCTION it can still be a
 * copy that is merged into an earlier prototype's.
 */
static void on_pre_genericize(void *gcc_data, void *)
{
	tree fndecl = (tree)gcc_data;

	if (!fndecl || TREE_CODE(fndecl) != FUNCTION_DECL)
		return;
	on_function_decl(fndecl, NULL);
	for (int i = 0; i < nr_generic_hooks; i++)
		generic_hooks[i](fndecl);
}

static void on_finish_type(void *gcc_data, void *)
{
	tree type = (tree)gcc_data;

	if (!type || !RECORD_OR_UNION_TYPE_P(type))
		return;
	for (int i = 0; i < nr_type_hooks; i++)
		type_hooks[i](type);
}

static void run_unit_end_hooks(void)
{
	for (int i = 0; i < nr_unit_end_hooks; i++)
		unit_end_hooks[i]();
}

static bool unit_finished;

static void on_finish_unit(void *, void *)
{
	unit_finished = true;
	run_unit_end_hooks();
	fc_report_gate_errors();
	fc_section_write();
	fc_report_write();
}

/*
 * -fsyntax-only parses and analyses every function but has no unit end.
 * (GCC also ends a unit without PLUGIN_FINISH_UNIT when errors were seen:
 * a compile that fails on its own errors writes no report.)
 */
static void on_finish(void *, void *)
{
	if (unit_finished || fc_failed_elsewhere() || !flag_syntax_only)
		return;
	run_unit_end_hooks();
	fc_report_gate_errors();
	fc_report_write();
}

static void print_help(void)
{
	fprintf(stderr, "foliocheck %s: -fplugin-arg-foliocheck-KEY[=VALUE]\n",
		FOLIOCHECK_VERSION);
	for (size_t i = 0; i < ARRAY_SIZE(fc_args); i++)
		fprintf(stderr, "  %s%s\n", fc_args[i].key, fc_args[i].help);
	fprintf(stderr, "rules:");
	for (size_t i = 0; i < fc_nr_checks; i++)
		fprintf(stderr, " %s", fc_checks[i]->rule);
	fprintf(stderr, "\n");
}

static bool parse_one_arg(const struct plugin_argument *a)
{
	for (size_t i = 0; i < ARRAY_SIZE(fc_args); i++) {
		const struct fc_arg *spec = &fc_args[i];

		if (strcmp(a->key, spec->key))
			continue;
		if (spec->kind == ARG_FLAG) {
			if (a->value) {
				fc_error("argument %qs takes no value",
				      a->key);
				return false;
			}
			*spec->flag = true;
		} else {
			if (!a->value || !*a->value) {
				fc_error("argument %qs needs a value (-fplugin-arg-foliocheck-%s=...)",
				      a->key, a->key);
				return false;
			}
			*spec->value = a->value;
		}
		return true;
	}
	fc_error("unknown argument %qs (see -fplugin-arg-foliocheck-help)",
	      a->key);
	return false;
}

static bool parse_args(const struct plugin_name_args *info)
{
	bool ok = true;

	for (int i = 0; i < info->argc; i++)
		ok = parse_one_arg(&info->argv[i]) && ok;
	if (ok && strcmp(headers_arg, "warn") && strcmp(headers_arg, "report")) {
		fc_error("'headers' is 'warn' or 'report', not %qs",
		      headers_arg);
		ok = false;
	}
	fc_opts.headers_report = !strcmp(headers_arg, "report");
	fc_opts.object_section = !no_section;
	if (ok && fc_opts.report && fc_opts.report_dir) {
		fc_error("give 'report' or 'report-dir', not both");
		ok = false;
	}
	if (ok && fc_opts.quiet && no_section && !fc_opts.report &&
	    !fc_opts.report_dir) {
		fc_error("'quiet' with 'no-section' needs 'report' or 'report-dir' (findings would go nowhere)");
		ok = false;
	}
	return ok;
}

/*
 * A plugin run from its build tree uses the build tree's data, so the
 * example and the testsuite need no flag; an installed one uses the
 * installed data.
 */
static const char *default_annotations(const char *plugin_path)
{
	char *self = lrealpath(plugin_path);
	char *build = lrealpath(FOLIOCHECK_BUILDDIR);
	size_t n = strlen(build);
	bool in_build_tree = !strncmp(self, build, n) && self[n] == '/';

	free(self);
	free(build);
	return in_build_tree ? FOLIOCHECK_SRC_ANNOTATIONS
			     : FOLIOCHECK_INSTALLED_ANNOTATIONS;
}

static bool rule_selected(const char *rule)
{
	return !fc_opts.checks || fc_list_has(fc_opts.checks, rule);
}

/* Every name in checks= must be a rule: a typo must not disable a check. */
static bool checks_known(void)
{
	char *list, *name;
	bool ok = true;

	if (!fc_opts.checks)
		return true;
	list = xstrdup(fc_opts.checks);
	for (name = strtok(list, ","); name; name = strtok(NULL, ","))
		if (!fc_check_find(name)) {
			fc_error("unknown rule %qs in 'checks'", name);
			ok = false;
		}
	free(list);
	return ok;
}

/*
 * What a rule is, for the tools that read its findings: foliocheck-report
 * takes the SARIF texts and the summary's counts from here, not from a
 * list of its own.
 */
static json_t *rule_json(const struct fc_check *c)
{
	json_t *counts = json_array();

	for (const struct fc_rule_count *n = c->counts; n && n->field; n++)
		json_array_append_new(counts, json_pack("{s:s,s:s}",
			"field", n->field, "title", n->title));
	return json_pack("{s:s,s:s,s:s,s:s,s:s,s:o}", "id", c->rule,
			 "name", c->name, "summary", c->summary,
			 "description", c->description, "help", c->help,
			 "counts", counts);
}

/* The selected rules register their hooks; the document names them. */
static void register_checks(void)
{
	json_t *rules = json_array();

	for (size_t i = 0; i < fc_nr_checks; i++) {
		if (!rule_selected(fc_checks[i]->rule))
			continue;
		json_array_append_new(rules, rule_json(fc_checks[i]));
		fc_checks[i]->register_hooks();
	}
	fc_document_set("rules", rules);
}

static struct plugin_info fc_plugin_info = {
	FOLIOCHECK_VERSION,
	"Reports uses of struct page members slated for removal; "
	"-fplugin-arg-foliocheck-help lists the arguments",
};

/*
 * The target a GCC was configured for, from its --target= argument: a
 * plugin built for x86_64's gcc-12 refused by s390x-linux-gnu-gcc-12
 * differs in that alone, not in the version.
 */
static const char *target_of(const struct plugin_gcc_version *v, char *buf,
			     size_t size)
{
	const char *t = strstr(v->configuration_arguments, "--target=");

	if (!t)
		return "target unknown";
	t += strlen("--target=");
	snprintf(buf, size, "%.*s", (int)strcspn(t, " '\""), t);
	return buf;
}

int plugin_init(struct plugin_name_args *info, struct plugin_gcc_version *version)
{
	const char *name = info->base_name;

	/*
	 * A plugin built for another GCC must not run: the tree layout
	 * differs.  Report with error() and return 0, so GCC prints one
	 * line, not a second "fail to initialize plugin".
	 */
	if (!plugin_default_version_check(version, &gcc_version)) {
		char built[64], loaded[64];

		fc_error("built for GCC %s (%s), loaded into GCC %s (%s); rebuild it with ./configure --with-gcc=<that gcc>",
		      gcc_version.basever,
		      target_of(&gcc_version, built, sizeof(built)),
		      version->basever, target_of(version, loaded, sizeof(loaded)));
		return 0;
	}
	fc_compiler_version = version->basever;
	register_callback(name, PLUGIN_INFO, NULL, &fc_plugin_info);
	if (!parse_args(info))
		return 0;
	if (show_help)
		print_help();
	/* lto1 sees no front-end trees and has no unit of its own to report. */
	if (!strcmp(lang_hooks.name, "GNU GIMPLE"))
		return 0;
	if (!fc_opts.annotations)
		fc_opts.annotations = default_annotations(info->full_name);
	if (fc_opts.baseline && !fc_baseline_load(fc_opts.baseline))
		return 0;
	if (!checks_known() || !fc_annotations_load(fc_opts.annotations) ||
	    (fc_opts.suppressions && !fc_suppressions_load(fc_opts.suppressions)) ||
	    !fc_annotations_select_stage(fc_opts.stage) ||
	    !fc_report_check_destination())
		return 0;

	register_checks();
	if (nr_generic_hooks || nr_function_decl_hooks)
		register_callback(name, PLUGIN_PRE_GENERICIZE,
				  on_pre_genericize, NULL);
	if (nr_type_hooks)
		register_callback(name, PLUGIN_FINISH_TYPE, on_finish_type, NULL);
	if (nr_function_decl_hooks)
		register_callback(name, PLUGIN_FINISH_DECL, on_function_decl, NULL);
	if (nr_gimple_hooks)
		register_gimple_pass(name);
	register_callback(name, PLUGIN_FINISH_UNIT, on_finish_unit, NULL);
	register_callback(name, PLUGIN_FINISH, on_finish, NULL);
	return 0;
}
