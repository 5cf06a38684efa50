// SPDX-License-Identifier: GPL-3.0-or-later
/*
 * html.c - "html HIST -o DIR": the nightly page, DIR/index.html, made from
 * a history's index alone (history.c).  One self-contained file: inline
 * CSS, SVG charts drawn here, tables the page's own script sorts and
 * filters, every filter kept in the URL fragment.  It answers the
 * question of the plan's author: how the struct page dismemberment is
 * going (burn-down per rule and per member), what remains (the findings,
 * by subsystem and directory, with whom to mail), and when it will be
 * done (at the last nights' rate, the day each count reaches zero).
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "maintainers.h"

#define DEFAULT_WINDOW	14	/* nights the projection's rate is taken over */

static const struct command_spec html_spec = {
	"Usage: " PROG " html HIST -o DIR [--maintainers FILE] [--window N]\n"
	"\n"
	"Write DIR/index.html, one self-contained page (no network) made from the\n"
	"history in HIST (see 'history add'): burn-down charts per rule and per\n"
	"member with a projection, what is new and fixed since the night before,\n"
	"counts per subsystem and directory, and every finding of the last night,\n"
	"sortable and filterable, with the filters in the URL fragment.\n"
	"\n"
	"  -o, --output DIR        where index.html goes (made if missing)\n"
	"  -m, --maintainers FILE  the kernel's MAINTAINERS: subsystems, people, lists\n"
	"  -w, --window N          the projection's rate is that of the last N nights\n"
	"                          (default 14)\n",
	"omw", "o", 1, 1, "needs one history directory HIST and -o DIR",
};

/* ---- the data ---- */

struct projection {
	enum { NO_DATA, DONE, CONVERGING, NOT_CONVERGING } state;
	double per_day;		/* fitted change per day (negative: burning down) */
	long zero_day;		/* CONVERGING: the day the fit reaches zero */
};

struct series {
	char *name;
	double *count;		/* one per night */
	struct projection p;
};

struct chart {
	char *id, *title;
	struct series *series;
	size_t nr;
};

struct page {
	json_t *index, *nights, *catalogue, *rules;
	size_t nr_nights;
	long *day;		/* each night's date, in days since 1970 */
	json_t *first_night;	/* fingerprint -> label of the first night */
	json_t *latest, *previous;	/* sets of fingerprints */
	const struct maintainers *m;
	int window;
	struct chart *charts;
	size_t nr_charts;
};

static const char *str(json_t *o, const char *key)
{
	return json_string_value(json_object_get(o, key));
}

static long day_of(const char *date)
{
	struct tm tm = { 0 };

	if (!date || !strptime(date, "%Y-%m-%d", &tm))
		return 0;
	return (long)(timegm(&tm) / 86400);
}

static void date_of(long day, char buf[11])
{
	time_t t = (time_t)day * 86400;
	struct tm tm;

	gmtime_r(&t, &tm);
	strftime(buf, 11, "%Y-%m-%d", &tm);
}

/* The field a rule's findings are first counted by: member, api, memory. */
static const char *subject_field(struct page *pg, const char *rule)
{
	json_t *counts = json_object_get(json_object_get(pg->rules, rule), "counts");

	return str(json_array_get(counts, 0), "field");
}

static const char *subject(struct page *pg, json_t *finding)
{
	const char *field = subject_field(pg, str(finding, "rule"));

	return field ? str(finding, field) : NULL;
}

/* ---- projections: a least-squares line over the last nights ---- */

static struct projection project(struct page *pg, const double *y, int window)
{
	struct projection p = { NO_DATA, 0, 0 };
	size_t n = pg->nr_nights, from = n > (size_t)window ? n - window : 0;
	double sx = 0, sy = 0, sxx = 0, sxy = 0, k = n - from, denom, days;
	long last = n ? pg->day[n - 1] : 0;

	if (!n)
		return p;
	if (y[n - 1] == 0) {
		p.state = DONE;
		return p;
	}
	for (size_t i = from; i < n; i++) {
		double x = pg->day[i] - last;

		sx += x;
		sy += y[i];
		sxx += x * x;
		sxy += x * y[i];
	}
	denom = k * sxx - sx * sx;
	p.per_day = denom > 0 ? (k * sxy - sx * sy) / denom : 0;
	if (p.per_day >= 0 || k < 2) {
		p.state = NOT_CONVERGING;
		return p;
	}
	/* From the fitted value at the last night, at the fitted rate. */
	days = -((sy - p.per_day * sx) / k) / p.per_day;
	p.zero_day = last + (long)days + (days > (long)days);
	if (p.zero_day < last)
		p.zero_day = last;
	p.state = CONVERGING;
	return p;
}

/* ---- counting the nights ---- */

static struct series *series_named(struct chart *c, const char *name,
				   size_t nights)
{
	for (size_t i = 0; i < c->nr; i++)
		if (!strcmp(c->series[i].name, name))
			return &c->series[i];
	c->series = realloc(c->series, (c->nr + 1) * sizeof(*c->series));
	if (!c->series)
		abort();
	c->series[c->nr].name = strdup(name);
	c->series[c->nr].count = calloc(nights ? nights : 1, sizeof(double));
	if (!c->series[c->nr].count)
		abort();
	return &c->series[c->nr++];
}

static struct chart *chart_for(struct page *pg, const char *id, const char *title)
{
	for (size_t i = 0; i < pg->nr_charts; i++)
		if (!strcmp(pg->charts[i].id, id))
			return &pg->charts[i];
	pg->charts = realloc(pg->charts, (pg->nr_charts + 1) * sizeof(*pg->charts));
	if (!pg->charts)
		abort();
	pg->charts[pg->nr_charts] = (struct chart){ strdup(id), strdup(title), NULL, 0 };
	return &pg->charts[pg->nr_charts++];
}

/* Charts move as more are made: each is looked up when it is counted in. */
static void count_in(struct page *pg, const char *id, const char *title,
		     const char *name, size_t night_no, size_t n)
{
	series_named(chart_for(pg, id, title), name, pg->nr_nights)->count[night_no] += n;
}

static void count_night(struct page *pg, size_t night_no, json_t *night)
{
	json_t *fp;
	size_t i;

	count_in(pg, "rules", "Findings by rule", "all rules", night_no,
		 json_array_size(json_object_get(night, "findings")));
	json_array_foreach(json_object_get(night, "findings"), i, fp) {
		json_t *f = json_object_get(pg->catalogue, json_string_value(fp));
		const char *rule = str(f, "rule"), *field, *what;
		char *id, *title;

		if (!rule)
			continue;
		count_in(pg, "rules", "Findings by rule", rule, night_no, 1);
		field = subject_field(pg, rule);
		what = field ? str(f, field) : NULL;
		if (!what)
			continue;
		id = xasprintf("%s-by-%s", rule, field);
		title = xasprintf("%s by %s", rule, field);
		count_in(pg, id, title, what, night_no, 1);
		free(id);
		free(title);
	}
}

static int compare_series(const void *a, const void *b)
{
	const struct series *x = a, *y = b;

	return strcmp(x->name, y->name);
}

static void count_nights(struct page *pg)
{
	json_t *night;
	size_t i;

	json_array_foreach(pg->nights, i, night) {
		json_t *fp;
		size_t j;

		pg->day[i] = day_of(str(night, "date"));
		json_array_foreach(json_object_get(night, "findings"), j, fp)
			if (!json_object_get(pg->first_night, json_string_value(fp)))
				json_object_set_new(pg->first_night, json_string_value(fp),
						    json_string(str(night, "label")));
		count_night(pg, i, night);
	}
	for (i = 0; i < pg->nr_charts; i++) {
		struct chart *c = &pg->charts[i];

		qsort(c->series, c->nr, sizeof(*c->series), compare_series);
		for (size_t s = 0; s < c->nr; s++)
			c->series[s].p = project(pg, c->series[s].count, pg->window);
	}
}

/* ---- writing HTML ---- */

static void put(FILE *out, const char *s)
{
	for (; s && *s; s++) {
		switch (*s) {
		case '&': fputs("&amp;", out); break;
		case '<': fputs("&lt;", out); break;
		case '>': fputs("&gt;", out); break;
		case '"': fputs("&quot;", out); break;
		case '\'': fputs("&#39;", out); break;
		default: fputc(*s, out);
		}
	}
}

/* Twenty colours: page-api alone has fifteen wrappers to tell apart. */
static const char *const palette[] = {
	"#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b",
	"#e377c2", "#7f7f7f", "#bcbd22", "#17becf", "#aec7e8", "#ff9896",
	"#98df8a", "#ffbb78", "#c5b0d5", "#c49c94", "#f7b6d2", "#c7c7c7",
	"#dbdb8d", "#9edae5",
};

static const char *colour(size_t i)
{
	return palette[i % (sizeof(palette) / sizeof(palette[0]))];
}

static void projection_text(const struct projection *p, char *buf, size_t size)
{
	char date[11];

	switch (p->state) {
	case DONE:
		snprintf(buf, size, "done");
		break;
	case CONVERGING:
		date_of(p->zero_day, date);
		snprintf(buf, size, "zero on %s", date);
		break;
	case NOT_CONVERGING:
		snprintf(buf, size, "not converging");
		break;
	default:
		snprintf(buf, size, "no data");
	}
}

/* Chart geometry: the plot area inside the SVG's viewBox. */
#define W	760
#define H	280
#define LEFT	50
#define RIGHT	20
#define TOP	20
#define BOTTOM	40

struct scale {
	long x0, x1;
	double ymax;
};

static double sx(const struct scale *sc, long day)
{
	double span = sc->x1 > sc->x0 ? sc->x1 - sc->x0 : 1;

	return LEFT + (day - sc->x0) * (W - LEFT - RIGHT) / span;
}

static double sy(const struct scale *sc, double v)
{
	return H - BOTTOM - v * (H - TOP - BOTTOM) / sc->ymax;
}

/* The days shown: the nights, and the projections up to three spans on. */
static struct scale chart_scale(struct page *pg, const struct chart *c)
{
	long first = pg->day[0], last = pg->day[pg->nr_nights - 1];
	long cap = last + 3 * (last - first > 30 ? last - first : 30);
	struct scale sc = { first, last, 1 };

	for (size_t s = 0; s < c->nr; s++) {
		const struct series *se = &c->series[s];

		for (size_t i = 0; i < pg->nr_nights; i++)
			if (se->count[i] > sc.ymax)
				sc.ymax = se->count[i];
		if (se->p.state == CONVERGING && se->p.zero_day > sc.x1)
			sc.x1 = se->p.zero_day < cap ? se->p.zero_day : cap;
	}
	if (sc.x1 == sc.x0)
		sc.x1 = sc.x0 + 1;
	return sc;
}

static void chart_axes(FILE *out, const struct scale *sc)
{
	char a[11], b[11];

	fprintf(out, "<line class=\"axis\" x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\"/>",
		LEFT, H - BOTTOM, W - RIGHT, H - BOTTOM);
	fprintf(out, "<line class=\"axis\" x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\"/>",
		LEFT, TOP, LEFT, H - BOTTOM);
	date_of(sc->x0, a);
	date_of(sc->x1, b);
	fprintf(out, "<text x=\"%d\" y=\"%d\">%s</text>", LEFT, H - BOTTOM + 16, a);
	fprintf(out, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>",
		W - RIGHT, H - BOTTOM + 16, b);
	fprintf(out, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%.0f</text>",
		LEFT - 6, TOP + 4, sc->ymax);
	fprintf(out, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">0</text>",
		LEFT - 6, H - BOTTOM);
}

static void chart_series(FILE *out, struct page *pg, const struct scale *sc,
			 const struct series *se, size_t k)
{
	size_t n = pg->nr_nights;

	fprintf(out, "<polyline class=\"series\" data-series=\"");
	put(out, se->name);
	fprintf(out, "\" stroke=\"%s\" points=\"", colour(k));
	for (size_t i = 0; i < n; i++)
		fprintf(out, "%s%.1f,%.1f", i ? " " : "", sx(sc, pg->day[i]),
			sy(sc, se->count[i]));
	fprintf(out, "\"><title>");
	put(out, se->name);
	fprintf(out, ": %.0f</title></polyline>", se->count[n - 1]);
	if (se->p.state == CONVERGING)
		fprintf(out, "<line class=\"projection\" stroke=\"%s\" x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\"/>",
			colour(k), sx(sc, pg->day[n - 1]), sy(sc, se->count[n - 1]),
			sx(sc, se->p.zero_day < sc->x1 ? se->p.zero_day : sc->x1),
			sy(sc, se->p.zero_day <= sc->x1 ? 0 :
			   se->count[n - 1] * (1 - (double)(sc->x1 - pg->day[n - 1]) /
					       (se->p.zero_day - pg->day[n - 1]))));
}

static void write_chart(FILE *out, struct page *pg, const struct chart *c)
{
	struct scale sc = chart_scale(pg, c);

	fprintf(out, "<figure class=\"chart\" id=\"chart-");
	put(out, c->id);
	fprintf(out, "\"><figcaption>");
	put(out, c->title);
	fprintf(out, "</figcaption><svg viewBox=\"0 0 %d %d\" role=\"img\" aria-label=\"", W, H);
	put(out, c->title);
	fprintf(out, "\">");
	chart_axes(out, &sc);
	for (size_t s = 0; s < c->nr; s++)
		chart_series(out, pg, &sc, &c->series[s], s);
	fprintf(out, "</svg><ul class=\"legend\">");
	for (size_t s = 0; s < c->nr; s++) {
		fprintf(out, "<li><span class=\"swatch\" style=\"background:%s\"></span>",
			colour(s));
		put(out, c->series[s].name);
		fprintf(out, "</li>");
	}
	fprintf(out, "</ul></figure>\n");
}

static void write_projections(FILE *out, struct page *pg)
{
	size_t n = pg->nr_nights;

	fprintf(out, "<h2 id=\"projection\">When it will be done</h2>\n"
		"<p>At the rate of the last %d nights (a least-squares line through "
		"their counts), the day each count reaches zero.</p>\n"
		"<table class=\"sortable\" id=\"projections\"><thead><tr>"
		"<th>chart</th><th>series</th><th data-type=\"num\">now</th>"
		"<th data-type=\"num\">per day</th><th>projection</th></tr></thead><tbody>\n",
		pg->window);
	for (size_t i = 0; i < pg->nr_charts; i++)
		for (size_t s = 0; s < pg->charts[i].nr; s++) {
			const struct series *se = &pg->charts[i].series[s];
			char text[64];

			projection_text(&se->p, text, sizeof(text));
			fprintf(out, "<tr><td>");
			put(out, pg->charts[i].title);
			fprintf(out, "</td><td>");
			put(out, se->name);
			fprintf(out, "</td><td>%.0f</td><td>%.2f</td><td class=\"%s\">%s</td></tr>\n",
				se->count[n - 1], se->p.per_day,
				se->p.state == CONVERGING ? "converging" :
				se->p.state == DONE ? "done" : "stalled", text);
		}
	fprintf(out, "</tbody></table>\n");
}

/* ---- what changed since the night before ---- */

static void robot_lines(FILE *out, struct page *pg, json_t *from, json_t *without,
			const char *prefix, bool link)
{
	const char *key;
	json_t *v;

	json_object_foreach(from, key, v) {
		json_t *f = json_object_get(pg->catalogue, key);
		char *line;

		if (json_object_get(without, key) || !f)
			continue;
		line = finding_line(f);
		fprintf(out, "%s ", prefix);
		if (link) {
			fprintf(out, "<a href=\"#f-");
			put(out, key);
			fprintf(out, "\">");
		}
		put(out, line);
		fprintf(out, link ? "</a>\n" : "\n");
		free(line);
	}
}

static void write_changes(FILE *out, struct page *pg)
{
	json_t *last = json_array_get(pg->nights, pg->nr_nights - 1);
	json_t *prev = pg->nr_nights > 1 ? json_array_get(pg->nights, pg->nr_nights - 2) : NULL;

	fprintf(out, "<h2 id=\"changes\">Since the night before</h2>\n");
	if (!prev) {
		fprintf(out, "<p>One night so far: nothing to compare.</p>\n");
		return;
	}
	fprintf(out, "<p>Night <b>");
	put(out, str(last, "label"));
	fprintf(out, "</b> against <b>");
	put(out, str(prev, "label"));
	fprintf(out, "</b>: <span id=\"new-count\">%zu</span> new, "
		"<span id=\"fixed-count\">%zu</span> fixed.</p>\n",
		count_missing(pg->latest, pg->previous),
		count_missing(pg->previous, pg->latest));
	fprintf(out, "<pre class=\"robot\" id=\"new-findings\">New findings (prefixed by &gt;&gt;):\n");
	robot_lines(out, pg, pg->latest, pg->previous, "&gt;&gt;", true);
	fprintf(out, "</pre>\n<pre class=\"robot\" id=\"fixed-findings\">Fixed (prefixed by &lt;&lt;):\n");
	robot_lines(out, pg, pg->previous, pg->latest, "&lt;&lt;", false);
	fprintf(out, "</pre>\n");
}

/* ---- where the last night's findings are ---- */

static const char *subsystem_of(struct page *pg, json_t *f)
{
	const char *s = pg->m ? maintainers_section(pg->m, str(f, "file")) : NULL;

	return s ? s : "";
}

/* counts[key] = [findings, new] */
static void tally(json_t *counts, const char *key, bool is_new)
{
	json_t *c = json_object_get(counts, key);

	if (!c) {
		c = json_pack("[i,i]", 0, 0);
		json_object_set_new(counts, key, c);
	}
	json_array_set_new(c, 0, json_integer(json_integer_value(json_array_get(c, 0)) + 1));
	json_array_set_new(c, 1, json_integer(json_integer_value(json_array_get(c, 1)) + is_new));
}

static void contact_cell(FILE *out, json_t *contacts, const char *kind)
{
	json_t *who;
	size_t i;

	fprintf(out, "<td>");
	json_array_foreach(json_object_get(contacts, kind), i, who) {
		if (i)
			fprintf(out, "<br>");
		put(out, json_string_value(who));
	}
	fprintf(out, "</td>");
}

static void write_places(FILE *out, struct page *pg)
{
	json_t *by_subsystem = json_object(), *by_dir = json_object(), *v;
	const char *key;

	json_object_foreach(pg->latest, key, v) {
		json_t *f = json_object_get(pg->catalogue, key);
		bool is_new = pg->previous && !json_object_get(pg->previous, key);
		char *dir = directory(str(f, "file"));

		tally(by_subsystem, subsystem_of(pg, f), is_new);
		tally(by_dir, dir, is_new);
		free(dir);
	}
	fprintf(out, "<h2 id=\"subsystems\">By subsystem</h2>\n");
	if (!pg->m)
		fprintf(out, "<p>Made without <code>--maintainers</code>: no subsystems.</p>\n");
	fprintf(out, "<table class=\"sortable\" id=\"subsystem-table\"><thead><tr><th>section</th>"
		"<th data-type=\"num\">findings</th><th data-type=\"num\">new</th>"
		"<th>maintainers (M:)</th><th>reviewers (R:)</th><th>lists (L:)</th></tr></thead><tbody>\n");
	json_object_foreach(by_subsystem, key, v) {
		json_t *contacts = pg->m ? maintainers_contacts(pg->m, key) : NULL;

		fprintf(out, "<tr><td><a href=\"#subsystem=");
		put(out, key);
		fprintf(out, "\" data-set=\"subsystem\" data-value=\"");
		put(out, key);
		fprintf(out, "\">");
		put(out, *key ? key : "(none)");
		fprintf(out, "</a></td><td>%lld</td><td>%lld</td>",
			(long long)json_integer_value(json_array_get(v, 0)),
			(long long)json_integer_value(json_array_get(v, 1)));
		contact_cell(out, contacts, "M");
		contact_cell(out, contacts, "R");
		contact_cell(out, contacts, "L");
		fprintf(out, "</tr>\n");
	}
	fprintf(out, "</tbody></table>\n<h2 id=\"directories\">By directory</h2>\n"
		"<table class=\"sortable\" id=\"directory-table\"><thead><tr><th>directory</th>"
		"<th data-type=\"num\">findings</th><th data-type=\"num\">new</th></tr></thead><tbody>\n");
	json_object_foreach(by_dir, key, v) {
		fprintf(out, "<tr><td><a href=\"#dir=");
		put(out, key);
		fprintf(out, "\" data-set=\"dir\" data-value=\"");
		put(out, key);
		fprintf(out, "\">");
		put(out, key);
		fprintf(out, "</a></td><td>%lld</td><td>%lld</td></tr>\n",
			(long long)json_integer_value(json_array_get(v, 0)),
			(long long)json_integer_value(json_array_get(v, 1)));
	}
	fprintf(out, "</tbody></table>\n");
	json_decref(by_subsystem);
	json_decref(by_dir);
}

/* ---- every finding of the last night ---- */

/* The kernels, architectures and configurations of FINDING's builds. */
static char *builds_text(json_t *f)
{
	json_t *parts[3] = { json_object(), json_object(), json_object() }, *id;
	char *out = strdup("");
	size_t i;

	json_array_foreach(json_object_get(f, "builds"), i, id) {
		char *copy = strdup(json_string_value(id)), *save = NULL, *p;
		int k = 0;

		for (p = strtok_r(copy, "/", &save); p && k < 3;
		     p = strtok_r(NULL, "/", &save))
			json_object_set_new(parts[k++], p, json_true());
		free(copy);
	}
	for (int k = 0; k < 3; k++) {
		const char *key;
		json_t *v;

		json_object_foreach(parts[k], key, v) {
			char *more = xasprintf("%s%s%s", out, *out ? " " : "", key);

			free(out);
			out = more;
		}
		json_decref(parts[k]);
	}
	return out;
}

static void cell(FILE *out, const char *text)
{
	fprintf(out, "<td>");
	put(out, text);
	fprintf(out, "</td>");
}

static char *macros_text(json_t *f)
{
	json_t *m;
	size_t i;
	char *out = strdup("");

	json_array_foreach(json_object_get(f, "macros"), i, m) {
		char *more = xasprintf("%s%s%s", out, i ? " \u2192 " : "",
				       json_string_value(m));

		free(out);
		out = more;
	}
	return out;
}

static void finding_row(FILE *out, struct page *pg, const char *fp, json_t *f)
{
	bool is_new = pg->previous && !json_object_get(pg->previous, fp);
	char *dir = directory(str(f, "file")), *where, *builds, *macros;
	const char *what = subject(pg, f), *sub = subsystem_of(pg, f);

	where = xasprintf("%s:%lld:%lld", str(f, "file"),
			  (long long)json_integer_value(json_object_get(f, "line")),
			  (long long)json_integer_value(json_object_get(f, "column")));
	fprintf(out, "<tr id=\"f-");
	put(out, fp);
	fprintf(out, "\" data-rule=\"");
	put(out, str(f, "rule"));
	fprintf(out, "\" data-subject=\"");
	put(out, what ? what : "");
	fprintf(out, "\" data-subsystem=\"");
	put(out, sub);
	fprintf(out, "\" data-dir=\"");
	put(out, dir);
	fprintf(out, "\" data-new=\"%d\"><td><a href=\"#f-", is_new);
	put(out, fp);
	fprintf(out, "\">");
	put(out, where);
	fprintf(out, "</a></td>");
	cell(out, str(f, "rule"));
	cell(out, what ? what : "");
	cell(out, str(f, "access") ? str(f, "access") : "");
	cell(out, str(f, "function"));
	macros = macros_text(f);
	cell(out, macros);
	cell(out, str(f, "message"));
	builds = builds_text(f);
	cell(out, builds);
	cell(out, json_string_value(json_object_get(pg->first_night, fp)));
	cell(out, sub);
	fprintf(out, "</tr>\n");
	free(builds);
	free(macros);
	free(where);
	free(dir);
}

/* A <select> of the values rows carry in data-KEY. */
static void filter_select(FILE *out, struct page *pg, const char *key,
			  const char *label)
{
	json_t *values = json_object(), *v;
	const char *name;

	json_object_foreach(pg->latest, name, v) {
		json_t *f = json_object_get(pg->catalogue, name);
		const char *value;
		char *dir = NULL;

		if (!strcmp(key, "rule"))
			value = str(f, "rule");
		else if (!strcmp(key, "subject"))
			value = subject(pg, f);
		else if (!strcmp(key, "subsystem"))
			value = subsystem_of(pg, f);
		else
			value = dir = directory(str(f, "file"));
		if (value && *value)
			json_object_set_new(values, value, json_true());
		free(dir);
	}
	fprintf(out, "<label>%s <select data-filter=\"%s\"><option value=\"\">all</option>",
		label, key);
	json_object_foreach(values, name, v) {
		fprintf(out, "<option>");
		put(out, name);
		fprintf(out, "</option>");
	}
	fprintf(out, "</select></label>\n");
	json_decref(values);
}

static void write_findings(FILE *out, struct page *pg)
{
	const char *key;
	json_t *v;

	fprintf(out, "<h2 id=\"findings\">What remains: the findings of the last night</h2>\n"
		"<div class=\"filters\">\n");
	filter_select(out, pg, "rule", "rule");
	filter_select(out, pg, "subject", "member, wrapper or memory");
	filter_select(out, pg, "subsystem", "subsystem");
	filter_select(out, pg, "dir", "directory");
	fprintf(out, "<label>text <input type=\"search\" data-filter=\"q\"></label>\n"
		"<label><input type=\"checkbox\" data-filter=\"new\" value=\"1\"> new only</label>\n"
		"<span class=\"shown\"><span id=\"shown\">%zu</span> of %zu shown</span></div>\n",
		json_object_size(pg->latest), json_object_size(pg->latest));
	fprintf(out, "<table class=\"sortable\" id=\"findings-table\"><thead><tr>"
		"<th>location</th><th>rule</th><th>member, wrapper or memory</th><th>access</th>"
		"<th>function</th><th>macros</th><th>message and advice</th>"
		"<th>kernels, architectures, configurations</th><th>first night</th>"
		"<th>subsystem</th></tr></thead><tbody>\n");
	json_object_foreach(pg->latest, key, v)
		finding_row(out, pg, key, json_object_get(pg->catalogue, key));
	fprintf(out, "</tbody></table>\n");
}

/* ---- the page ---- */

static const char style[] =
"body{font:14px/1.4 system-ui,sans-serif;margin:1em 2em;color:#222}"
"h1{font-size:1.5em}h2{font-size:1.2em;margin-top:1.5em;border-bottom:1px solid #ccc}"
"nav a{margin-right:1em}"
".charts{display:flex;flex-wrap:wrap;gap:1em}"
"figure.chart{margin:0;border:1px solid #ddd;padding:.5em;width:760px}"
"figure.chart svg{width:100%;height:auto}"
"figcaption{font-weight:bold}"
"svg text{font-size:11px;fill:#444}"
"svg .axis{stroke:#888;stroke-width:1}"
"svg .series{fill:none;stroke-width:2}"
"svg .projection{stroke-width:1.5;stroke-dasharray:6 4}"
".legend{list-style:none;padding:0;margin:.3em 0;display:flex;flex-wrap:wrap;gap:.2em 1em}"
".swatch{display:inline-block;width:.9em;height:.9em;margin-right:.3em;vertical-align:middle}"
"table{border-collapse:collapse;margin:.5em 0}"
"th,td{border:1px solid #ddd;padding:.2em .5em;text-align:left;vertical-align:top}"
"th{background:#f4f4f4;cursor:pointer;user-select:none}"
"th[aria-sort=ascending]::after{content:' \\25B2'}th[aria-sort=descending]::after{content:' \\25BC'}"
"tr[data-new=\"1\"] td:first-child{border-left:4px solid #d62728}"
"tr.target{background:#fff3c4}"
".robot{background:#f8f8f8;padding:.5em;overflow-x:auto}"
".filters{display:flex;flex-wrap:wrap;gap:.5em 1.5em;align-items:center;margin:.5em 0}"
".converging{color:#2ca02c}.stalled{color:#d62728}";

static const char script[] =
"(function(){'use strict';\n"
"var table=document.getElementById('findings-table');\n"
"var rows=[].slice.call(table.tBodies[0].rows);\n"
"var controls=[].slice.call(document.querySelectorAll('[data-filter]'));\n"
"var sortState='';\n"
"function readHash(){var h=location.hash.slice(1),s={};if(h&&h.indexOf('=')<0)return null;\n"
" h.split('&').forEach(function(kv){var i=kv.indexOf('=');if(i>0)s[decodeURIComponent(kv.slice(0,i))]=decodeURIComponent(kv.slice(i+1));});return s;}\n"
"function current(){var s={};controls.forEach(function(c){s[c.dataset.filter]=c.type==='checkbox'?(c.checked?'1':''):c.value;});if(sortState)s.sort=sortState;return s;}\n"
"function writeHash(s){var p=Object.keys(s).sort().filter(function(k){return s[k];}).map(function(k){return encodeURIComponent(k)+'='+encodeURIComponent(s[k]);});\n"
" history.replaceState(null,'',p.length?'#'+p.join('&'):location.pathname+location.search);}\n"
"function matches(r,s){var d=r.dataset;\n"
" return(!s.rule||d.rule===s.rule)&&(!s.subject||d.subject===s.subject)&&(!s.subsystem||d.subsystem===s.subsystem)\n"
"  &&(!s.dir||d.dir===s.dir)&&(!s.new||d.new==='1')&&(!s.q||r.textContent.toLowerCase().indexOf(s.q.toLowerCase())>=0);}\n"
"function filter(s){var n=0;rows.forEach(function(r){var ok=matches(r,s);r.hidden=!ok;if(ok)n++;});document.getElementById('shown').textContent=n;}\n"
"function sortTable(t,col,dir){var num=t.tHead.rows[0].cells[col].dataset.type==='num',body=t.tBodies[0],rs=[].slice.call(body.rows);\n"
" rs.sort(function(a,b){var x=a.cells[col].textContent,y=b.cells[col].textContent;var c=num?parseFloat(x)-parseFloat(y):x.localeCompare(y,undefined,{numeric:true});return dir==='desc'?-c:c;});\n"
" rs.forEach(function(r){body.appendChild(r);});\n"
" [].forEach.call(t.tHead.rows[0].cells,function(c,i){c.setAttribute('aria-sort',i===col?(dir==='desc'?'descending':'ascending'):'none');});}\n"
"function apply(s){controls.forEach(function(c){var v=s[c.dataset.filter]||'';if(c.type==='checkbox')c.checked=v==='1';else c.value=v;});\n"
" filter(s);sortState=s.sort||'';var m=/^(\\d+)-(asc|desc)$/.exec(sortState);if(m)sortTable(table,+m[1],m[2]);}\n"
"controls.forEach(function(c){c.addEventListener(c.type==='search'?'input':'change',function(){var s=current();filter(s);writeHash(s);});});\n"
"[].forEach.call(document.querySelectorAll('table.sortable'),function(t){[].forEach.call(t.tHead.rows[0].cells,function(th,i){\n"
" th.addEventListener('click',function(){var dir=th.getAttribute('aria-sort')==='ascending'?'desc':'asc';sortTable(t,i,dir);\n"
"  if(t===table){sortState=i+'-'+dir;writeHash(current());}});});});\n"
"[].forEach.call(document.querySelectorAll('a[data-set]'),function(a){a.addEventListener('click',function(e){e.preventDefault();\n"
" var s={};s[a.dataset.set]=a.dataset.value;apply(s);writeHash(current());table.scrollIntoView();});});\n"
"function onHash(){var s=readHash();if(s){apply(s);return;}apply({});var r=document.getElementById(location.hash.slice(1));\n"
" if(r){r.classList.add('target');r.scrollIntoView();}}\n"
"window.addEventListener('hashchange',onHash);onHash();document.documentElement.dataset.ready='1';})();\n";

static void write_header(FILE *out, struct page *pg)
{
	json_t *last = json_array_get(pg->nights, pg->nr_nights - 1);
	json_t *first = json_array_get(pg->nights, 0);

	fprintf(out, "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
		"<title>foliocheck: how the struct page dismemberment is going</title>"
		"<style>%s</style></head><body>\n", style);
	fprintf(out, "<h1>How the struct page dismemberment is going</h1>\n<p>Last night: <b>");
	put(out, str(last, "label"));
	fprintf(out, "</b> (");
	put(out, str(last, "date"));
	fprintf(out, ", Linux ");
	put(out, str(last, "kernel"));
	fprintf(out, "), <b id=\"total\">%zu</b> findings; %zu nights since ",
		json_object_size(pg->latest), pg->nr_nights);
	put(out, str(first, "date"));
	fprintf(out, ".</p>\n<nav><a href=\"#burndown\">burn-down</a><a href=\"#projection\">when</a>"
		"<a href=\"#changes\">since the night before</a><a href=\"#subsystems\">subsystems</a>"
		"<a href=\"#directories\">directories</a><a href=\"#findings\">findings</a></nav>\n");
}

static void write_page(FILE *out, struct page *pg)
{
	write_header(out, pg);
	fprintf(out, "<h2 id=\"burndown\">Burn-down</h2>\n<p>Distinct findings each night; "
		"a dashed line continues each count at the rate of the last %d nights.</p>\n"
		"<div class=\"charts\">\n", pg->window);
	for (size_t i = 0; i < pg->nr_charts; i++)
		write_chart(out, pg, &pg->charts[i]);
	fprintf(out, "</div>\n");
	write_projections(out, pg);
	write_changes(out, pg);
	write_places(out, pg);
	write_findings(out, pg);
	fprintf(out, "<script>%s</script>\n</body></html>\n", script);
}

static void free_page(struct page *pg)
{
	for (size_t i = 0; i < pg->nr_charts; i++) {
		for (size_t s = 0; s < pg->charts[i].nr; s++) {
			free(pg->charts[i].series[s].name);
			free(pg->charts[i].series[s].count);
		}
		free(pg->charts[i].series);
		free(pg->charts[i].id);
		free(pg->charts[i].title);
	}
	free(pg->charts);
	free(pg->day);
	json_decref(pg->first_night);
	json_decref(pg->latest);
	json_decref(pg->previous);
}

static int render(const char *hist, const char *dir, const struct maintainers *m,
		  int window)
{
	struct page pg = { 0 };
	char *text = NULL, *path;
	size_t len = 0;
	FILE *out;
	int status = EXIT_BAD_INPUT;

	pg.index = history_index(hist);
	if (!pg.index)
		return status;
	pg.nights = json_object_get(pg.index, "nights");
	pg.catalogue = json_object_get(pg.index, "findings");
	pg.rules = json_object_get(pg.index, "rules");
	pg.nr_nights = json_array_size(pg.nights);
	if (!pg.nr_nights) {
		error_msg("%s: the history has no night yet", hist);
		json_decref(pg.index);
		return status;
	}
	pg.m = m;
	pg.window = window;
	pg.day = calloc(pg.nr_nights, sizeof(*pg.day));
	pg.first_night = json_object();
	pg.latest = night_fingerprints(json_array_get(pg.nights, pg.nr_nights - 1));
	pg.previous = pg.nr_nights > 1 ?
		night_fingerprints(json_array_get(pg.nights, pg.nr_nights - 2)) : NULL;
	if (!pg.day)
		abort();
	count_nights(&pg);
	out = open_memstream(&text, &len);
	if (!out)
		abort();
	write_page(out, &pg);
	fclose(out);
	path = xasprintf("%s/index.html", dir);
	if (mkdir(dir, 0777) && errno != EEXIST)
		error_msg("%s: cannot create: %s", dir, strerror(errno));
	else if (!write_output(path, text, len))
		status = EXIT_CLEAN;
	free(path);
	free(text);
	free_page(&pg);
	json_decref(pg.index);
	return status;
}

int cmd_html(int argc, char **argv)
{
	struct common_opts o;
	struct maintainers *m = NULL;
	int status, window = DEFAULT_WINDOW;
	char *end;

	if (parse_command(argc, argv, &html_spec, &o, &status))
		return status;
	if (o.window) {
		long w = strtol(o.window, &end, 10);

		if (*end || w < 2 || w > 100000) {
			error_msg("html: --window '%s' is not a number of nights (2 or more)",
				  o.window);
			return EXIT_BAD_INPUT;
		}
		window = (int)w;
	}
	if (o.maintainers && !(m = maintainers_load(o.maintainers)))
		return EXIT_BAD_INPUT;
	status = render(argv[o.first], o.output, m, window);
	maintainers_free(m);
	return status;
}
