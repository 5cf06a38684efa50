/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * report.cc - the unit's JSON report (schema: README.md, "JSON report").
 *
 * The document is written to a temporary file beside its destination and
 * renamed into place, so parallel make never sees a partial or interleaved
 * file, and a compile with errors writes nothing and leaves an older
 * report untouched.
 */
#include "foliocheck.h"


/* mkdir -p; parallel compiles may race to create the same directory. */
static bool make_dirs(const char *dir)
{
	char *path = xstrdup(dir);
	bool ok = true;

	for (char *p = path + 1; ok; p++) {
		bool last = !*p;

		if (*p != '/' && !last)
			continue;
		*p = '\0';
		if (mkdir(path, 0777) && errno != EEXIST)
			ok = false;
		if (last)
			break;
		*p = '/';
	}
	free(path);
	return ok;
}

/* DIR/<object path without .o>.foliocheck.json, kept inside DIR. */
static char *report_dir_file(void)
{
	char *rel = fc_object_base(), *path;

	/* An absolute or ../ object path still lands below DIR. */
	for (char *p = rel; *p; p++)
		if (p[0] == '.' && p[1] == '.' && (p == rel || p[-1] == '/') &&
		    (p[2] == '/' || !p[2]))
			p[0] = p[1] = '_';
	path = concat(fc_opts.report_dir, "/", rel + strspn(rel, "/"),
		      ".foliocheck.json", NULL);
	free(rel);
	return path;
}

/*
 * How the unit reached cc1, from the options the driver gave it: a build
 * farm's remote compile reads preprocessed input (icecream: standard
 * input; distcc: a distccd_* temporary), and fully preprocessed input
 * (-fpreprocessed without -fdirectives-only: ICECC_REMOTE_CPP=0, distcc,
 * -save-temps) has no macros left to see.
 */
static struct {
	bool known, preprocessed, directives_only, remote;
} input;

static void read_input_kind(void)
{
	const char *file = "";

	for (unsigned int i = 0; i < save_decoded_options_count; i++) {
		const struct cl_decoded_option *o = &save_decoded_options[i];

		if (o->opt_index == OPT_SPECIAL_input_file)
			file = o->arg;
		else if (o->opt_index == OPT_fpreprocessed)
			input.preprocessed = true;
		else if (o->opt_index == OPT_fdirectives_only)
			input.directives_only = true;
	}
	input.remote = input.preprocessed &&
		       (!strcmp(file, "-") || strstr(file, "distccd_"));
	input.known = true;
}

/* A remote job writes no side file: it would land on the remote host. */
static bool remote_job(void)
{
	if (!input.known)
		read_input_kind();
	return input.remote;
}

/* The document records how the unit was compiled: nothing lost silently. */
static void describe_input(json_t *doc)
{
	if (!input.known)
		read_input_kind();
	if (input.remote)
		json_object_set_new(doc, "remote", json_true());
	if (input.preprocessed && !input.directives_only)
		json_object_set_new(doc, "input", json_pack("{s:s,s:[ss]}",
			"kind", "preprocessed",
			"unavailable", "macro-sources", "macro-chains"));
}

static char *report_path(void)
{
	if (remote_job())
		return NULL;
	if (fc_opts.report)
		return xstrdup(fc_opts.report);
	if (fc_opts.report_dir)
		return report_dir_file();
	return NULL;
}

static char *dir_of(const char *path)
{
	const char *slash = strrchr(path, '/');

	if (!slash)
		return xstrdup(".");
	if (slash == path)
		return xstrdup("/");
	return xstrndup(path, slash - path);
}

/*
 * Refuse an unwritable destination before the compile starts, with the
 * path and the reason, instead of after all the work is done.
 */
bool fc_report_check_destination(void)
{
	char *path = report_path(), *dir;
	bool ok;

	if (!path)
		return true;
	dir = dir_of(path);
	ok = (!fc_opts.report_dir || make_dirs(dir)) && !access(dir, W_OK);
	if (!ok)
		fc_error("cannot write report %qs: %s", path,
		      xstrerror(errno));
	free(dir);
	free(path);
	return ok;
}

static json_t *document_extra;

void fc_document_set(const char *key, json_t *value)
{
	if (!document_extra)
		document_extra = json_object();
	json_object_set_new(document_extra, key, value);
}

static json_t *report_document(void)
{
	json_t *doc = json_object(), *ann = json_object();
	char *compiler = concat("gcc ", fc_compiler_version, NULL);
	char *unit = fc_normalise_path(main_input_filename);

	json_object_set_new(doc, "tool", json_string(FC_TOOL_NAME));
	json_object_set_new(doc, "version", json_string(FOLIOCHECK_VERSION));
	json_object_set_new(doc, "schema", json_integer(FC_UNIT_SCHEMA));
	json_object_set_new(doc, "compiler", json_string(compiler));
	json_object_set_new(ann, "file", json_string(fc_ann.path));
	json_object_set_new(ann, "stage", json_string(fc_opts.stage));
	json_object_set_new(doc, "annotations", ann);
	json_object_set_new(doc, "unit", json_string(unit));
	describe_input(doc);
	json_object_set_new(doc, "findings", fc_findings_json());
	json_object_set_new(doc, "allowed", fc_allowed_json());
	if (document_extra)
		json_object_update(doc, document_extra);
	free(compiler);
	free(unit);
	return doc;
}

/* mkstemp creates 0600; a report gets the mode any new file would get. */
static mode_t file_mode(void)
{
	mode_t mask = umask(0);

	umask(mask);
	return 0666 & ~mask;
}

static bool write_atomically(const char *path, json_t *doc)
{
	char *tmp = concat(path, ".tmp.XXXXXX", NULL);
	int fd = mkstemp(tmp), err;
	FILE *f = NULL;
	bool ok = fd >= 0 && !fchmod(fd, file_mode()) &&
		  (f = fdopen(fd, "w")) != NULL;

	if (f) {
		ok = !json_dumpf(doc, f, JSON_INDENT(2) | JSON_PRESERVE_ORDER) &&
		     fputc('\n', f) != EOF;
		ok = !fclose(f) && ok;
	} else if (fd >= 0) {
		close(fd);
	}
	ok = ok && !rename(tmp, path);
	if (!ok) {
		err = errno;
		if (fd >= 0)
			unlink(tmp);
		fc_error("cannot write report %qs: %s", path,
		      xstrerror(err));
	}
	free(tmp);
	return ok;
}

#define ASCII_CHUNK	96		/* bytes of text per .ascii line */

/*
 * Emit LEN bytes as .ascii lines, a quarter of the text .byte lists
 * would be for the assembler to read.  kbuild scans the assembly of
 * asm-offsets.c for .ascii strings that start with "->" (scripts/
 * Makefile.lib, sed-offsets), and a message holds "ptdesc->pt_list":
 * every '>' is written as an octal escape, so no line holds "->".
 */
static void assemble_text(const char *text, size_t len)
{
	for (size_t i = 0; i < len; i++) {
		unsigned char c = text[i];

		if (i % ASCII_CHUNK == 0)
			fputs("\t.ascii\t\"", asm_out_file);
		if (c == '"' || c == '\\')
			fprintf(asm_out_file, "\\%c", c);
		else if (c == '>' || c < ' ' || c > '~')
			fprintf(asm_out_file, "\\%03o", c);
		else
			fputc(c, asm_out_file);
		if (i % ASCII_CHUNK == ASCII_CHUNK - 1 || i + 1 == len)
			fputs("\"\n", asm_out_file);
	}
}

/*
 * The findings also travel inside the object, in an excluded section:
 * ccache replays stderr but recreates no side file, and icecream brings
 * back only the .o.  SHF_EXCLUDE keeps it through "ld -r" (modules, where
 * documents are concatenated) and drops it from final links (vmlinux).
 * Adding a section changes no code.
 */
void fc_section_write(void)
{
	section *sec;
	json_t *doc;
	char *text;

	if (!fc_opts.object_section || seen_error())
		return;
	doc = report_document();
	text = json_dumps(doc, JSON_COMPACT | JSON_PRESERVE_ORDER);
	json_decref(doc);
	if (!text) {
		fc_error("cannot encode the findings for the object");
		return;
	}
	sec = get_section(FC_SECTION_NAME, SECTION_EXCLUDE | SECTION_DEBUG, NULL);
	switch_to_section(sec);
	assemble_text(text, strlen(text));
	assemble_text("\n", 1);
	free(text);
}

void fc_report_write(void)
{
	char *path = report_path(), *dir;
	json_t *doc;

	if (!path || fc_failed_elsewhere()) {
		free(path);
		return;
	}
	dir = dir_of(path);
	if (fc_opts.report_dir && !make_dirs(dir))
		fc_error("cannot create %qs: %s", dir, xstrerror(errno));
	else {
		doc = report_document();
		write_atomically(path, doc);
		json_decref(doc);
	}
	free(dir);
	free(path);
}
