// SPDX-License-Identifier: GPL-3.0-or-later
/*
 * mail.c - "mail --maintainers FILE --baseline OLD NEW -o DIR": one text
 * mail per MAINTAINERS section that has new findings, addressed from its
 * M: (To), R: and L: (Cc) lines, in the kernel test robot's layout.  It
 * writes files; sending them is the bot's business (git send-email, ...).
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "maintainers.h"

static const struct command_spec mail_spec = {
	"Usage: " PROG " mail --maintainers FILE --baseline OLD [-o DIR] NEW\n"
	"\n"
	"Write DIR/NNNN-SECTION.txt, one mail per MAINTAINERS section with findings\n"
	"NEW has and OLD has not: To: its M: lines, Cc: its R: and L: lines, and\n"
	"the section's findings in the kernel test robot's layout, the new ones\n"
	"prefixed by >>.  Nothing is sent.\n"
	"\n"
	"  -m, --maintainers FILE  the kernel's MAINTAINERS\n"
	"  -b, --baseline OLD      the report to compare with (last night's)\n"
	"  -o, --output DIR        where the mails go (default: foliocheck-mail)\n",
	"mbo", "bm", 1, 1, "needs NEW, --baseline OLD and --maintainers FILE",
};

/* "MEMORY MANAGEMENT - MEMCG" -> "memory-management-memcg" */
static char *slug(const char *section)
{
	char *s = malloc(strlen(section) + 1), *p = s;
	bool dash = false;

	if (!s)
		abort();
	for (; *section; section++) {
		char c = *section;

		if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
			if (dash && p != s)
				*p++ = '-';
			*p++ = c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c;
			dash = false;
		} else {
			dash = true;
		}
	}
	*p = '\0';
	return s;
}

static void header(FILE *out, const char *name, json_t *contacts,
		   const char *first, const char *second)
{
	const char *kinds[] = { first, second };
	bool any = false;

	fprintf(out, "%s:", name);
	for (int k = 0; k < 2 && kinds[k]; k++) {
		json_t *who;
		size_t i;

		json_array_foreach(json_object_get(contacts, kinds[k]), i, who) {
			fprintf(out, "%s %s", any ? "," : "", json_string_value(who));
			any = true;
		}
	}
	fprintf(out, "\n");
}

/* The section's findings of NEW, every one, the new ones marked. */
static void findings(FILE *out, json_t *list, json_t *added)
{
	json_t *f;
	size_t i;

	json_array_foreach(list, i, f) {
		char *line = finding_line(f);
		const char *fp = json_string_value(json_object_get(f, "fingerprint"));

		fprintf(out, "%s%s\n", json_object_get(added, fp) ? ">> " : "   ", line);
		free(line);
	}
}

static char *kernel_of(json_t *report)
{
	json_t *build = json_array_get(json_object_get(report, "builds"), 0);
	const char *id = json_string_value(json_object_get(build, "id"));

	return strdup(id ? id : "an unnamed build");
}

static void write_mail(FILE *out, const char *section, json_t *contacts,
		       json_t *list, json_t *added, size_t nr_new, json_t *now)
{
	char *build = kernel_of(now);

	if (json_array_size(json_object_get(contacts, "M")))
		header(out, "To", contacts, "M", NULL);
	else
		header(out, "To", contacts, "L", NULL);
	if (json_array_size(json_object_get(contacts, "M")))
		header(out, "Cc", contacts, "R", "L");
	else
		header(out, "Cc", contacts, "R", NULL);
	fprintf(out, "Subject: [foliocheck] %s: %zu new use%s of struct page that the "
		"folio conversion retires\n\n", section, nr_new, nr_new == 1 ? "" : "s");
	fprintf(out, "Hi,\n\nfoliocheck found %zu new finding%s in %s\n"
		"that the build before did not have (build: %s).\n"
		"Each says what to use instead.\n\n"
		"All findings of the section (new ones prefixed by >>):\n\n",
		nr_new, nr_new == 1 ? "" : "s", section, build);
	findings(out, list, added);
	fprintf(out, "\n-- \nfoliocheck-report mail %s\n", PACKAGE_VERSION);
	free(build);
}

/* NEW's findings by section, in sections with something new. */
static json_t *group(const struct maintainers *m, json_t *now, json_t *added)
{
	json_t *sections = json_object(), *f;
	size_t i;

	json_array_foreach(json_object_get(now, "findings"), i, f) {
		const char *s = maintainers_section(m, json_string_value(json_object_get(f, "file")));
		json_t *list;

		if (!s)
			continue;
		list = json_object_get(sections, s);
		if (!list) {
			list = json_array();
			json_object_set_new(sections, s, list);
		}
		json_array_append(list, f);
	}
	return sections;
}

static size_t count_new(json_t *list, json_t *added)
{
	json_t *f;
	size_t i, n = 0;

	json_array_foreach(list, i, f)
		n += !!json_object_get(added, json_string_value(json_object_get(f, "fingerprint")));
	return n;
}

static int write_mails(const struct maintainers *m, struct comparison *c,
		       const char *dir)
{
	json_t *added = json_object(), *f, *sections, *list;
	const char *section;
	size_t i, n = 0;
	int status = EXIT_CLEAN;

	json_array_foreach(c->added, i, f)
		json_object_set(added, json_string_value(json_object_get(f, "fingerprint")), f);
	sections = group(m, c->now, added);
	if (mkdir(dir, 0777) && errno != EEXIST) {
		error_msg("%s: cannot create: %s", dir, strerror(errno));
		status = EXIT_BAD_INPUT;
	}
	json_object_foreach(sections, section, list) {
		size_t nr_new = count_new(list, added);
		char *name, *path, *text = NULL;
		size_t len = 0;
		FILE *out;

		if (!nr_new || status)
			continue;
		name = slug(section);
		path = xasprintf("%s/%04zu-%s.txt", dir, ++n, name);
		out = open_memstream(&text, &len);
		if (!out)
			abort();
		write_mail(out, section, maintainers_contacts(m, section), list,
			   added, nr_new, c->now);
		fclose(out);
		if (write_output(path, text, len))
			status = EXIT_BAD_INPUT;
		else
			printf("%s: %zu new in %s\n", path, nr_new, section);
		free(text);
		free(path);
		free(name);
	}
	if (!status && !n)
		printf("nothing new: no mail\n");
	json_decref(sections);
	json_decref(added);
	return status;
}

int cmd_mail(int argc, char **argv)
{
	struct common_opts o;
	struct comparison c;
	struct maintainers *m;
	int status;

	if (parse_command(argc, argv, &mail_spec, &o, &status))
		return status;
	m = maintainers_load(o.maintainers);
	if (!m)
		return EXIT_BAD_INPUT;
	if (compare_reports(o.baseline, argv[o.first], &c)) {
		maintainers_free(m);
		return EXIT_BAD_INPUT;
	}
	status = write_mails(m, &c, o.output ? o.output : "foliocheck-mail");
	release_comparison(&c);
	maintainers_free(m);
	return status;
}
