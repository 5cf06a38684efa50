/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * gcc-compat.cc - the version shims that keep state: deprecation warnings
 * caught before GCC prints or counts them (gcc-compat.h says why).
 *
 * warn_deprecated_use() calls
 *
 *	warning(OPT_Wdeprecated_declarations, "%qD is deprecated", decl);
 *
 * and, when that printed something, inform(..., "declared here").
 *
 * GCC 12 asks the context's set_locations_cb for the inlining context with
 * the diagnostic in hand, before #pragma GCC diagnostic and before
 * option_enabled; answering "disabled" there drops the warning before it
 * is counted or printed, and no note follows.
 *
 * GCC 11 (diagnostic.c, diagnostic_report_diagnostic) asks option_enabled
 * first, with the option alone, then applies pragmas, -Werror and
 * -Werror=, counts the diagnostic, formats it (the format decoder is handed
 * %qD's declaration), calls the starter, writes the text into the
 * printer's buffer, and calls the finalizer, which flushes it.  So the
 * decision is taken in the starter, with the declaration the decoder saw;
 * a dropped diagnostic skips the starter and the finalizer of GCC, its
 * text is cut from the buffer, its count is taken back, and its kind
 * becomes a warning again, so that -Wfatal-errors has nothing to stop on.
 * The note that follows is dropped the same way.  What GCC 11 never shows
 * a plugin: warnings under -w, in system headers, and in regions where a
 * pragma ignores -Wdeprecated-declarations (fc_deprecations_complete()).
 */
#include "gcc-compat.h"

static fc_deprecation_fn catcher;

/* The declaration a deprecation diagnostic names, for these formats. */
static bool deprecation_format(const char *fmt)
{
	return fmt && (!strcmp(fmt, _("%qD is deprecated")) ||
		       !strcmp(fmt, _("%qD is deprecated: %s")));
}

#if GCCPLUGIN_VERSION_MAJOR >= 12

static void (*prev_set_locations)(diagnostic_context *, diagnostic_info *);
static int (*prev_option_enabled)(int, unsigned, void *);
static bool dropping;

static void peek(diagnostic_context *dc, diagnostic_info *d)
{
	dropping = false;
	if (d->option_index == OPT_Wdeprecated_declarations &&
	    deprecation_format(d->message.format_spec)) {
		va_list ap;
		tree decl;

		va_copy(ap, *d->message.args_ptr);
		decl = va_arg(ap, tree);
		va_end(ap);
		dropping = catcher(decl, diagnostic_location(d));
	}
	prev_set_locations(dc, d);
}

static int deprecations_option_enabled(int opt, unsigned lang_mask, void *opts)
{
	if (opt == OPT_Wdeprecated_declarations && dropping) {
		dropping = false;
		return 0;
	}
	return prev_option_enabled(opt, lang_mask, opts);
}

static bool install(void)
{
	if (!global_dc->set_locations_cb || !global_dc->option_enabled)
		return false;
	prev_set_locations = global_dc->set_locations_cb;
	global_dc->set_locations_cb = peek;
	prev_option_enabled = global_dc->option_enabled;
	global_dc->option_enabled = deprecations_option_enabled;
	return true;
}

bool fc_deprecations_complete(tree)
{
	return !global_dc->dc_inhibit_warnings;
}

#else /* GCC 11 */

static printer_fn prev_decoder;
static diagnostic_starter_fn prev_starter;
static diagnostic_finalizer_fn prev_finalizer;
static tree formatted_decl;	/* %qD of the deprecation being formatted */
static bool dropping, drop_note;

/* What the printer's buffer held before the dropped text. */
static int kept_size, kept_line_length;
static bool kept_emitted_prefix;

static bool decoder(pretty_printer *pp, text_info *text, const char *spec,
		    int precision, bool wide, bool set_locus, bool hash,
		    bool *quoted, const char **buffer_ptr)
{
	if (*spec == 'D' && deprecation_format(text->format_spec)) {
		va_list ap;

		va_copy(ap, *text->args_ptr);
		formatted_decl = va_arg(ap, tree);
		va_end(ap);
	}
	return prev_decoder(pp, text, spec, precision, wide, set_locus, hash,
			    quoted, buffer_ptr);
}

static bool drop(diagnostic_info *d)
{
	tree decl = formatted_decl;

	formatted_decl = NULL_TREE;
	if (d->kind == DK_NOTE)
		return drop_note && !strcmp(d->message.format_spec, _("declared here"));
	return decl && d->option_index == OPT_Wdeprecated_declarations &&
	       deprecation_format(d->message.format_spec) &&
	       catcher(decl, diagnostic_location(d));
}

static void starter(diagnostic_context *dc, diagnostic_info *d)
{
	output_buffer *buf = pp_buffer(dc->printer);

	dropping = drop(d);
	drop_note = dropping && d->kind != DK_NOTE;
	if (!dropping) {
		prev_starter(dc, d);
		return;
	}
	kept_size = obstack_object_size(buf->obstack);
	kept_line_length = buf->line_length;
	kept_emitted_prefix = dc->printer->emitted_prefix;
}

static void finalizer(diagnostic_context *dc, diagnostic_info *d,
		      diagnostic_t orig_kind)
{
	output_buffer *buf = pp_buffer(dc->printer);
	diagnostic_t counted = d->kind;

	if (!dropping) {
		prev_finalizer(dc, d, orig_kind);
		return;
	}
	dropping = false;
	obstack_blank_fast(buf->obstack,
			   kept_size - (int)obstack_object_size(buf->obstack));
	buf->line_length = kept_line_length;
	dc->printer->emitted_prefix = kept_emitted_prefix;
	/* As diagnostic_report_diagnostic counted it. */
	if (d->kind == DK_ERROR && orig_kind == DK_WARNING)
		counted = DK_WERROR;
	diagnostic_kind_count(dc, counted)--;
	if (d->kind != DK_NOTE)
		d->kind = DK_WARNING;
}

static bool install(void)
{
	pretty_printer *pp = global_dc->printer;

	if (!pp || !pp_format_decoder(pp) || !diagnostic_starter(global_dc) ||
	    !diagnostic_finalizer(global_dc))
		return false;
	prev_decoder = pp_format_decoder(pp);
	pp_format_decoder(pp) = decoder;
	prev_starter = diagnostic_starter(global_dc);
	diagnostic_starter(global_dc) = starter;
	prev_finalizer = diagnostic_finalizer(global_dc);
	diagnostic_finalizer(global_dc) = finalizer;
	return true;
}

/*
 * A #pragma GCC diagnostic ignored "-Wdeprecated-declarations" seen so
 * far; the pragmas are only ever appended to the history.
 */
static bool pragma_ignores_deprecations(void)
{
	static int scanned;
	static bool seen;

	for (; !seen && scanned < global_dc->n_classification_history; scanned++) {
		const diagnostic_classification_change_t *c =
			&global_dc->classification_history[scanned];

		seen = c->option == OPT_Wdeprecated_declarations &&
		       c->kind == DK_IGNORED;
	}
	return seen;
}

bool fc_deprecations_complete(tree fndecl)
{
	if (global_dc->dc_inhibit_warnings || pragma_ignores_deprecations())
		return false;
	return global_dc->dc_warn_system_headers || !fndecl ||
	       !in_system_header_at(DECL_SOURCE_LOCATION(fndecl));
}

#endif

bool fc_catch_deprecations(fc_deprecation_fn fn)
{
	if (catcher)
		return catcher == fn;
	if (!install())
		return false;
	catcher = fn;
	return true;
}
