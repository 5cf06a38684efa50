// SPDX-License-Identifier: GPL-3.0-or-later
/*
 * foliocheck-kernel - build (parts of) a Linux tree with foliocheck and
 * collect one report.
 *
 *	foliocheck-kernel --src ~/linux --targets 'mm/ fs/' --out report.json
 *
 * runs, in the tree,
 *
 *	make -jN KCFLAGS="-fplugin=... -fplugin-arg-foliocheck-quiet ..." mm/ fs/
 *	foliocheck-report collect mm fs -o report.json
 *
 * with a configuration made first when the tree has none, progress (units
 * compiled / to compile) on the terminal, and the make log kept beside the
 * report.  The plugin goes in KCFLAGS, so the kernel's own flags and GCC
 * plugins stay as they are.  Without --src it uses Debian's
 * linux-source-6.12 (or --kernel 6.1), installed with apt-get and unpacked
 * once into the cache directory.  --arch s390|arm64 cross-builds with
 * Debian's gcc-12 for that target and a plugin built against that
 * compiler's own plugin headers; what is missing is installed first.
 */
#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <glob.h>
#include <limits.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "../common/xasprintf.h"

#define PROG		"foliocheck-kernel"
#define DEFAULT_KERNEL	"6.12"
#define CROSS_GCC	"gcc-12"	/* Debian's cross compilers' version */

/* What a kernel build needs besides a compiler (objtool needs libelf). */
static const char *const kbuild_packages[] = {
	"make", "flex", "bison", "bc", "libssl-dev", "libelf-dev", NULL
};

/* The architectures --arch knows: kbuild's name, Debian's triplet. */
static const struct arch {
	const char *name, *triplet;
} arches[] = {
	{ "x86_64", NULL },		/* this machine's compiler */
	{ "s390", "s390x-linux-gnu" },
	{ "arm64", "aarch64-linux-gnu" },
};

struct options {
	const char *src, *build, *config, *targets, *out, *stage;
	const char *kernel;		/* Debian's linux-source-VERSION */
	const struct arch *arch;
	const char *cc, *plugin, *annotations;
	const char *summaries;		/* the second pass reads this report */
	const char *baseline;		/* --baseline REPORT */
	char *baseline_list;		/* its fingerprints, for the plugin */
	char *units_dir;		/* the units' own reports, with a baseline */
	bool census, two_pass;
	bool icecc;			/* compile through icecream */
	int jobs;
};

static const char usage[] =
"Usage: " PROG " [OPTION...]\n"
"\n"
"Build a Linux tree (or some of its directories) with the foliocheck plugin\n"
"and collect the findings of every object into one report.\n"
"\n"
"  --src DIR          the kernel source tree (default: Debian's linux-source-" DEFAULT_KERNEL ",\n"
"                     installed with apt-get and unpacked into the cache once)\n"
"  --kernel VERSION   without --src: Debian's linux-source-VERSION (6.1, 6.12)\n"
"  --arch ARCH        x86_64 (default), s390 or arm64: cross-build with Debian's\n"
"                     " CROSS_GCC "-<triplet> (installed when missing) and its plugin\n"
"  --build DIR        build there with O=DIR (default: in the tree given by\n"
"                     --src; for Debian's source, a directory in the cache)\n"
"  --config WHAT      defconfig, allmodconfig (any make target) or a .config\n"
"                     FILE; default: the tree's .config, else defconfig\n"
"  --targets 'T...'   what to build (default: 'mm/ fs/'; 'vmlinux' for all)\n"
"  --jobs N           make -jN (default: the number of CPUs)\n"
"  --out FILE         the report (default: foliocheck-report.json)\n"
"  --stage NAME       the removal stage to check (default: all)\n"
"  --cc GCC           the compiler (default: gcc, or the --arch cross compiler)\n"
"  --plugin FILE      the plugin (default: the one this build or installation\n"
"                     has for the compiler, built here when missing)\n"
"  --annotations FILE annotation data (default: the plugin's)\n"
"  --census           record every page->folio conversion (foliocheck-report census)\n"
"  --baseline REPORT  the gate: findings REPORT has stay quiet, new ones fail\n"
"                     their units (the build goes on with make -k); at the end,\n"
"                     the findings in the kernel test robot's layout, the new\n"
"                     ones marked; exit 1 when something is new\n"
"  --icecc            compile through icecream: an environment with the\n"
"                     compiler, the plugin and its data goes to the remote\n"
"                     daemons; says how many units compiled remotely\n"
"  --two-pass         build twice: the second build knows which functions of\n"
"                     other units convert or return non-folio pages (the\n"
"                     first build's report is kept as FILE.pass1.json, its\n"
"                     summaries as FILE.summaries.json)\n"
"  -h, --help         this text\n"
"\n"
"The cache directory is $XDG_CACHE_HOME/foliocheck (~/.cache/foliocheck).\n"
"The make log is kept as FILE.log beside the report.\n";

static void die(const char *fmt, ...) __attribute__((format(printf, 1, 2), noreturn));

static void die(const char *fmt, ...)
{
	va_list ap;

	fprintf(stderr, "%s: ", PROG);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	exit(2);
}

static bool exists(const char *path)
{
	return access(path, F_OK) == 0;
}

/* Run ARGV; its output goes to LOG_FD (or stays on ours when -1). */
static int run(char *const argv[], int log_fd)
{
	pid_t pid = fork();
	int status;

	if (pid < 0)
		die("cannot fork: %s", strerror(errno));
	if (!pid) {
		if (log_fd >= 0) {
			dup2(log_fd, STDOUT_FILENO);
			dup2(log_fd, STDERR_FILENO);
		}
		execvp(argv[0], argv);
		fprintf(stderr, "%s: cannot run %s: %s\n", PROG, argv[0],
			strerror(errno));
		_exit(127);
	}
	while (waitpid(pid, &status, 0) < 0)
		if (errno != EINTR)
			die("waitpid: %s", strerror(errno));
	return WIFEXITED(status) ? WEXITSTATUS(status) : 128;
}

/* The cache directory, made on first use. */
static const char *cache_dir(void)
{
	static char *dir;
	const char *xdg = getenv("XDG_CACHE_HOME"), *home = getenv("HOME");
	char *cmd[] = { "mkdir", "-p", NULL, NULL };

	if (dir)
		return dir;
	dir = xdg && *xdg ? xasprintf("%s/foliocheck", xdg)
			  : xasprintf("%s/.cache/foliocheck", home ? home : "/tmp");
	cmd[2] = dir;
	if (run(cmd, -1))
		die("cannot create %s", dir);
	return dir;
}

/* PROGRAM's path, searched in $PATH as execvp would; NULL when absent. */
static char *path_of(const char *program)
{
	char *dirs, *dir, *found = NULL;

	if (strchr(program, '/'))
		return exists(program) ? strdup(program) : NULL;
	dirs = strdup(getenv("PATH") ? getenv("PATH") : "/usr/bin:/bin");
	for (dir = strtok(dirs, ":"); dir && !found; dir = strtok(NULL, ":")) {
		char *path = xasprintf("%s/%s", dir, program);

		if (!access(path, X_OK))
			found = path;
		else
			free(path);
	}
	free(dirs);
	return found;
}

static bool installed(const char *package)
{
	char *cmd = xasprintf("dpkg-query -W -f='${Status}' %s 2>/dev/null | "
			      "grep -q 'ok installed'", package);
	bool yes = system(cmd) == 0;

	free(cmd);
	return yes;
}

/* Install the PACKAGES (NULL-terminated) that are missing, as root. */
static void ensure_packages(const char *const *packages, const char *why)
{
	char *update[] = { "apt-get", "update", NULL };
	const char **missing;
	char **argv;
	int count = 0, n = 0;

	if (!path_of("dpkg-query"))	/* not Debian: the user installs them */
		return;
	while (packages[count])
		count++;
	missing = calloc(count, sizeof(*missing));
	for (int i = 0; i < count; i++)
		if (!installed(packages[i]))
			missing[n++] = packages[i];
	if (!n) {
		free(missing);
		return;
	}
	if (geteuid())
		die("%s needs %s%s: run 'apt-get install' as root", why,
		    missing[0], n > 1 ? " and more" : "");
	argv = calloc(n + 4, sizeof(*argv));
	argv[0] = "apt-get";
	argv[1] = "install";
	argv[2] = "-y";
	fprintf(stderr, "%s: installing", PROG);
	for (int i = 0; i < n; i++) {
		fprintf(stderr, " %s", missing[i]);
		argv[3 + i] = (char *)missing[i];
	}
	fprintf(stderr, " (%s)\n", why);
	if (run(update, -1) || run(argv, -1))
		die("apt-get install failed (%s)", why);
	free(argv);
	free(missing);
}

/* Debian's source: install the package if needed, unpack it once. */
static char *debian_source(const char *cache, const char *version)
{
	char *package = xasprintf("linux-source-%s", version);
	char *tarball = xasprintf("/usr/src/%s.tar.xz", package);
	char *dir = xasprintf("%s/%s", cache, package);
	char *tmp = xasprintf("%s/.unpack.%d", cache, (int)getpid());
	char *mkdir[] = { "mkdir", "-p", tmp, NULL };
	char *untar[] = { "tar", "-C", tmp, "-xf", tarball, NULL };
	char *unpacked = xasprintf("%s/%s", tmp, package);
	const char *packages[] = { package, NULL };

	if (exists(dir))
		return dir;
	if (!exists(tarball))
		ensure_packages(packages, "the kernel source");
	fprintf(stderr, "%s: unpacking %s into %s\n", PROG, tarball, cache);
	if (run(mkdir, -1) || run(untar, -1) || rename(unpacked, dir))
		die("cannot unpack %s into %s", tarball, cache);
	rmdir(tmp);
	return dir;
}

/* Is PATH (a file that exists) inside foliocheck's build tree? */
static bool below_build_tree(const char *path)
{
	char build[PATH_MAX], *real = realpath(path, NULL);
	size_t m;
	bool below;

	if (!real || !realpath(FOLIOCHECK_BUILDDIR, build)) {
		free(real);
		return false;
	}
	m = strlen(build);
	below = !strncmp(real, build, m) && real[m] == '/';
	free(real);
	return below;
}

/* Asked once: a rebuild while we run would leave /proc/self/exe deleted. */
static bool in_build_tree(void)
{
	static int in = -1;

	if (in < 0)
		in = below_build_tree("/proc/self/exe");
	return in;
}

/*
 * The plugin for CC: in a build tree, plugins/CC/foliocheck.so, which make
 * builds when CC is new to it (a cross compiler --arch just installed);
 * installed, the one for CC beside the others, else the one in CC's own
 * plugin directory.
 */
static char *default_plugin(const char *cc)
{
	char *cmd, *path = NULL;
	size_t cap = 0;
	FILE *p;

	if (in_build_tree()) {
		char *target = xasprintf("plugins/%s/foliocheck.so", cc);
		char *make[] = { "make", "-s", "--no-print-directory", "-C",
				 FOLIOCHECK_BUILDDIR, target, NULL };

		if (run(make, -1))
			die("cannot build the plugin for %s in %s", cc,
			    FOLIOCHECK_BUILDDIR);
		return xasprintf("%s/%s", FOLIOCHECK_BUILDDIR, target);
	}
	path = xasprintf("%s/plugins/%s/foliocheck.so", FOLIOCHECK_PKGLIBDIR, cc);
	if (exists(path))
		return path;
	cmd = xasprintf("%s -print-file-name=plugin/foliocheck.so", cc);
	p = popen(cmd, "r");
	if (!p || getline(&path, &cap, p) < 0)
		die("cannot ask %s for its plugin directory", cc);
	pclose(p);
	path[strcspn(path, "\n")] = '\0';
	free(cmd);
	return path;
}

/*
 * The data the plugin reads by default: its build tree's for a plugin in
 * the build tree, else the installed copy.  Named on the command line, so
 * that the tag follows the data (kbuild sees no file the plugin reads).
 */
static const char *default_annotations(const char *plugin)
{
	return below_build_tree(plugin) ? FOLIOCHECK_SRC_ANNOTATIONS
					: FOLIOCHECK_INSTALLED_ANNOTATIONS;
}

static char *report_tool(void)
{
	if (in_build_tree())
		return xasprintf("%s/foliocheck-report", FOLIOCHECK_BUILDDIR);
	return xasprintf("%s/foliocheck-report", FOLIOCHECK_BINDIR);
}

/*
 * kbuild rebuilds an object when its command line changes, not when the
 * plugin does: a tag from the plugin's and the data's size and time makes
 * a new foliocheck re-check the tree.
 */
static char *tag_of(const struct options *o)
{
	struct stat a = {}, b = {}, c = {};

	if (stat(o->plugin, &a))
		die("%s: %s (build foliocheck, or give --plugin)", o->plugin,
		    strerror(errno));
	if (o->annotations && stat(o->annotations, &b))
		die("%s: %s", o->annotations, strerror(errno));
	if (o->summaries && stat(o->summaries, &c))
		die("%s: %s", o->summaries, strerror(errno));
	return xasprintf("%lx.%lx.%lx.%lx.%lx.%lx", (long)a.st_size,
			 (long)a.st_mtime, (long)b.st_size, (long)b.st_mtime,
			 (long)c.st_size, (long)c.st_mtime);
}

/* " -fplugin-arg-foliocheck-KEY=VALUE" when VALUE is given, else "". */
static char *plugin_arg(const char *key, const char *value)
{
	return value ? xasprintf(" -fplugin-arg-foliocheck-%s=%s", key, value)
		     : strdup("");
}

static char *kcflags(const struct options *o, const char *src)
{
	char *tag = tag_of(o);
	char *stage = plugin_arg("stage", o->stage);
	char *annotations = plugin_arg("annotations", o->annotations);
	char *summaries = plugin_arg("summaries", o->summaries);
	char *baseline = plugin_arg("baseline", o->baseline_list);
	/*
	 * A unit failing on new findings leaves no object: its report goes
	 * beside where the object would be, for collect to find.
	 */
	char *side = plugin_arg("report-dir", o->baseline_list ? o->units_dir : NULL);
	char *flags = xasprintf("-fplugin=%s -fplugin-arg-foliocheck-quiet "
				"-fplugin-arg-foliocheck-root=%s "
				"-fplugin-arg-foliocheck-tag=%s%s%s%s%s%s%s",
				o->plugin, src, tag, stage, annotations,
				summaries, baseline, side,
				o->census ? " -fplugin-arg-foliocheck-census" : "");

	free(tag);
	free(stage);
	free(annotations);
	free(summaries);
	free(baseline);
	free(side);
	return flags;
}

/* make's arguments: -C SRC [O=BUILD] [ARCH= CROSS_COMPILE=] CC=... */
static char **make_argv(const struct options *o, const char *src, int extra)
{
	char **argv = calloc(10 + extra, sizeof(*argv));
	int n = 0;

	argv[n++] = "make";
	argv[n++] = "-C";
	argv[n++] = (char *)src;
	if (o->build)
		argv[n++] = xasprintf("O=%s", o->build);
	if (o->arch->triplet) {
		argv[n++] = xasprintf("ARCH=%s", o->arch->name);
		argv[n++] = xasprintf("CROSS_COMPILE=%s-", o->arch->triplet);
	}
	argv[n++] = xasprintf("CC=%s%s", o->icecc ? "icecc " : "", o->cc);
	return argv;
}

static int argv_len(char **argv)
{
	int n = 0;

	while (argv[n])
		n++;
	return n;
}

/* The name the report gives this configuration: the tree's own .config. */
static const char *config_name = ".config";

/*
 * A configuration foliocheck-kernel made itself builds without
 * CONFIG_WERROR: a compiler newer than the tree (6.1 under gcc-12 warns
 * on its trace events) must not stop the analysis, and foliocheck's own
 * findings never fail a build.  A .config the user gives is kept as is.
 */
static void without_werror(const struct options *o, const char *src,
			   const char *config, int log_fd)
{
	char *script = xasprintf("%s/scripts/config", src);
	char *off[] = { script, "--file", (char *)config, "-d", "WERROR", NULL };
	char **argv = make_argv(o, src, 2);

	argv[argv_len(argv)] = "olddefconfig";
	if (run(off, log_fd) || run(argv, log_fd))
		die("cannot turn off CONFIG_WERROR in %s (see the log)", config);
	free(script);
}

/*
 * The name of the configuration foliocheck-kernel made in DIR, kept
 * beside its .config, so that a rerun names it as the first run did.
 */
static void remember_config_name(const char *dir, bool write)
{
	char *path = xasprintf("%s/.foliocheck-config", dir), line[256];
	FILE *f = fopen(path, write ? "w" : "r");

	if (f && write) {
		fprintf(f, "%s\n", config_name);
	} else if (f && fgets(line, sizeof(line), f)) {
		line[strcspn(line, "\n")] = '\0';
		config_name = strdup(line);
	}
	if (f)
		fclose(f);
	free(path);
}

static void configure(const struct options *o, const char *src, int log_fd)
{
	const char *dir = o->build ? o->build : src;
	char *config = xasprintf("%s/.config", dir);
	char **argv = make_argv(o, src, 2);
	int n = argv_len(argv);

	if (o->config && exists(o->config) && strchr(o->config, '/')) {
		char *cp[] = { "cp", (char *)o->config, config, NULL };

		if (run(cp, -1))
			die("cannot copy %s to %s", o->config, config);
		argv[n] = "olddefconfig";
	} else if (o->config || !exists(config)) {
		argv[n] = (char *)(o->config ? o->config : "defconfig");
	} else {
		remember_config_name(dir, false);
		return;
	}
	config_name = !o->config ? "defconfig" :
		      strrchr(o->config, '/') ? strrchr(o->config, '/') + 1 : o->config;
	remember_config_name(dir, true);
	fprintf(stderr, "%s: make %s\n", PROG, argv[n]);
	if (run(argv, log_fd))
		die("make %s failed (see the log)", argv[n]);
	if (strcmp(argv[n], "olddefconfig"))
		without_werror(o, src, config, log_fd);
}

/* Add the space-separated targets to ARGV from index N. */
static int add_targets(char **argv, int n, const char *targets)
{
	char *copy = strdup(targets);

	for (char *t = strtok(copy, " \t"); t; t = strtok(NULL, " \t"))
		argv[n++] = t;
	return n;
}

static int count_words(const char *s)
{
	int n = 0;
	bool in = false;

	for (; *s; s++) {
		bool space = *s == ' ' || *s == '\t';

		n += !space && !in;
		in = !space;
	}
	return n;
}

/*
 * Start ARGV with its standard output (and error, unless QUIET_STDERR,
 * which then goes to /dev/null) on a pipe; returns the read end.
 */
static FILE *spawn(char **argv, bool quiet_stderr, pid_t *pid)
{
	int fds[2];

	if (pipe(fds))
		die("pipe: %s", strerror(errno));
	*pid = fork();
	if (*pid < 0)
		die("cannot fork: %s", strerror(errno));
	if (!*pid) {
		int err = quiet_stderr ? open("/dev/null", O_WRONLY) : fds[1];

		dup2(fds[1], STDOUT_FILENO);
		dup2(err, STDERR_FILENO);
		close(fds[0]);
		execvp(argv[0], argv);
		_exit(127);
	}
	close(fds[1]);
	return fdopen(fds[0], "r");
}

static int finish(FILE *in, pid_t pid)
{
	int status;

	fclose(in);
	while (waitpid(pid, &status, 0) < 0)
		if (errno != EINTR)
			die("waitpid: %s", strerror(errno));
	return WIFEXITED(status) ? WEXITSTATUS(status) : 128;
}

/* How many C units the build will compile: a dry run counts them. */
static int units_to_compile(const struct options *o, const char *src,
			    const char *flags)
{
	char **argv = make_argv(o, src, count_words(o->targets) + 4);
	int n = argv_len(argv), total = 0;
	char *line = NULL;
	size_t cap = 0;
	pid_t pid;
	FILE *in;

	argv[n++] = xasprintf("KCFLAGS=%s", flags);
	argv[n++] = "-n";
	add_targets(argv, n, o->targets);
	in = spawn(argv, true, &pid);
	while (getline(&line, &cap, in) >= 0)
		total += strstr(line, " -c -o ") && strstr(line, ".c") != NULL;
	finish(in, pid);
	free(line);
	return total;
}

/*
 * On a pipe, a line every 10% of the estimate; past the estimate (the dry
 * run cannot see everything), every 100 units.
 */
static bool progress_step(int done, int total, int *shown)
{
	int step = done <= total ? done * 10 / total : 10 + done / 100;

	if (step == *shown)
		return false;
	*shown = step;
	return true;
}

/* make's output: the log gets all of it; the terminal progress and errors. */
static void follow(FILE *in, FILE *log, int total)
{
	bool tty = isatty(STDERR_FILENO);
	char *line = NULL;
	size_t cap = 0;
	int done = 0, shown = -1;

	while (getline(&line, &cap, in) >= 0) {
		fputs(line, log);
		if (!strncmp(line, "  CC ", 5)) {
			done++;
			if (tty) {
				line[strcspn(line, "\n")] = '\0';
				fprintf(stderr, "\r\033[K[%d/%d] %s", done,
					total > done ? total : done, line + 2);
			} else if (progress_step(done, total, &shown)) {
				fprintf(stderr, "%s: %d/%d units compiled\n", PROG,
					done, total > done ? total : done);
			}
		} else if (strstr(line, "error") || strstr(line, "Error")) {
			fprintf(stderr, "%s%s", tty ? "\r\033[K" : "", line);
		}
	}
	if (tty)
		fputc('\n', stderr);
	else
		fprintf(stderr, "%s: %d units compiled\n", PROG, done);
	free(line);
}

/*
 * The generated headers must exist before a dry run can see what the
 * targets compile.  prepare compiles a few units itself, with the plugin.
 */
static void prepare(const struct options *o, const char *src, const char *flags,
		    FILE *log)
{
	char **argv = make_argv(o, src, 3);
	int n = argv_len(argv);

	argv[n++] = xasprintf("-j%d", o->jobs);
	argv[n++] = xasprintf("KCFLAGS=%s", flags);
	argv[n++] = "prepare";
	fprintf(stderr, "%s: make prepare\n", PROG);
	fflush(log);
	if (run(argv, fileno(log)))
		die("make prepare failed (see the log)");
}

static int build(const struct options *o, const char *src, const char *flags,
		 FILE *log)
{
	char **argv = make_argv(o, src, count_words(o->targets) + 5);
	int n = argv_len(argv), total;
	pid_t pid;
	FILE *in;

	prepare(o, src, flags, log);
	total = units_to_compile(o, src, flags);
	argv[n++] = xasprintf("-j%d", o->jobs);
	/* With a baseline, a unit fails on new findings: build the others. */
	if (o->baseline_list)
		argv[n++] = "-k";
	argv[n++] = xasprintf("KCFLAGS=%s", flags);
	add_targets(argv, n, o->targets);
	fprintf(stderr, "%s: building %s (%d units to compile)\n", PROG,
		o->targets, total);
	in = spawn(argv, false, &pid);
	follow(in, log, total);
	return finish(in, pid);
}

/* foliocheck-report collect <build>/<target dirs> -o OUT --config NAME. */
static int collect(const struct options *o, const char *src, const char *out)
{
	const char *dir = o->build ? o->build : src;
	char **argv = calloc(count_words(o->targets) + 10, sizeof(*argv));
	char *copy = strdup(o->targets);
	int n = 0;

	argv[n++] = report_tool();
	argv[n++] = "collect";
	argv[n++] = "--config";
	argv[n++] = (char *)config_name;
	argv[n++] = "-o";
	argv[n++] = (char *)out;
	if (o->icecc)
		argv[n++] = "--remote-count";
	if (o->units_dir)
		argv[n++] = o->units_dir;
	for (char *t = strtok(copy, " \t"); t; t = strtok(NULL, " \t")) {
		bool whole = !strcmp(t, "vmlinux") || !strcmp(t, "all") ||
			     !strcmp(t, "modules");

		argv[n++] = whole ? (char *)dir : xasprintf("%s/%s", dir, t);
		if (whole)
			break;
	}
	return run(argv, -1);
}

/*
 * Every compile of the second pass reads the summaries: a file of them
 * alone, not the whole report (parsing a whole kernel's report would cost
 * each compile more than the compile).
 */
static char *absolute(const char *path)
{
	char buf[PATH_MAX];

	if (!realpath(path, buf))
		die("%s: %s", path, strerror(errno));
	return strdup(buf);
}

/* The baseline report's fingerprints, as the list the plugin maps. */
static char *baseline_list(const char *report, const char *out)
{
	char *list = xasprintf("%s.baseline.fp", out);
	char *argv[] = { report_tool(), "baseline", "-o", list, (char *)report, NULL };

	if (run(argv, -1))
		die("cannot read the baseline %s", report);
	return absolute(list);
}

/*
 * New, unchanged and fixed findings against the baseline; 1 when there
 * are new ones (the gate), 0 when not.
 */
static int summarise_against(const char *baseline, const char *out)
{
	char *argv[] = { report_tool(), "gate", "--baseline", (char *)baseline,
			 (char *)out, NULL };
	int status = run(argv, -1);

	if (status > 1)
		die("comparing %s with %s failed", out, baseline);
	return status;
}

static int extract_summaries(const char *report, const char *out)
{
	char *argv[] = { report_tool(), "summaries", "-o", (char *)out,
			 (char *)report, NULL };

	return run(argv, -1);
}

/*
 * icecream compiles remotely inside an environment made here: the
 * compiler (icecc-create-env wants its g++ too), and every file the
 * compile reads by its absolute path, which keeps that path there: the
 * plugin (with its libraries), the annotations and the summaries.
 * ICECC_VERSION names it for every compile of the build.  Returns the
 * directory that holds it, for the caller to remove after the build.
 */
static char *icecc_environment(const struct options *o, const char *cache, FILE *log)
{
	char *gcc = path_of(o->cc), *gxx = NULL, *dir, *pattern;
	char *cwd = getcwd(NULL, 0);
	const char *packages[] = { "icecc", NULL };
	char *argv[12] = { "/usr/lib/icecc/icecc-create-env", "--gcc" };
	int n = 2;
	glob_t made;

	ensure_packages(packages, "--icecc");
	if (gcc) {
		char *name = strdup(gcc), *at = strstr(name, "gcc");

		if (at) {
			memcpy(at, "g++", 3);
			gxx = path_of(name);
		}
		free(name);
	}
	if (!gcc || !gxx)
		die("--icecc: no %s with its g++ to make an icecream environment of", o->cc);
	dir = xasprintf("%s/icecc.%d", cache, (int)getpid());
	argv[n++] = gcc;
	argv[n++] = gxx;
	argv[n++] = "--addfile";
	argv[n++] = (char *)o->plugin;
	argv[n++] = "--addfile";
	argv[n++] = (char *)o->annotations;
	if (o->summaries) {
		argv[n++] = "--addfile";
		argv[n++] = (char *)o->summaries;
	}
	fprintf(stderr, "%s: making the icecream environment\n", PROG);
	fflush(log);
	if (mkdir(dir, 0755) || chdir(dir) || run(argv, fileno(log)) || chdir(cwd))
		die("icecc-create-env failed in %s (see the log)", dir);
	pattern = xasprintf("%s/*.tar.*", dir);
	if (glob(pattern, 0, NULL, &made) || made.gl_pathc != 1)
		die("icecc-create-env made no environment in %s", dir);
	setenv("ICECC_VERSION", made.gl_pathv[0], 1);
	globfree(&made);
	free(pattern);
	free(gcc);
	free(gxx);
	free(cwd);
	return dir;
}

/* One build and its report OUT; the make log goes to OUT.log. */
static void build_and_collect(const struct options *o, const char *src,
			      const char *out)
{
	char *flags = kcflags(o, src), *log_path = xasprintf("%s.log", out);
	char *environment = NULL;
	FILE *log = fopen(log_path, "w");
	time_t start = time(NULL);
	int status;

	if (!log)
		die("%s: %s", log_path, strerror(errno));
	setvbuf(log, NULL, _IOLBF, 0);
	if (o->icecc)
		environment = icecc_environment(o, cache_dir(), log);
	configure(o, src, fileno(log));
	status = build(o, src, flags, log);
	fclose(log);
	if (environment) {
		char *rm[] = { "rm", "-rf", environment, NULL };

		run(rm, -1);
		free(environment);
	}
	if (status && !o->baseline_list)
		die("the kernel build failed (exit %d); see %s", status, log_path);
	if (status)
		fprintf(stderr, "%s: the build failed (exit %d): units with new findings fail; see %s\n",
			PROG, status, log_path);
	if (collect(o, src, out))
		die("collecting the report failed");
	fprintf(stderr, "%s: report written to %s in %lds (make log: %s)\n",
		PROG, out, (long)(time(NULL) - start), log_path);
	free(flags);
	free(log_path);
}

static const struct arch *find_arch(const char *name)
{
	for (size_t i = 0; i < sizeof(arches) / sizeof(arches[0]); i++)
		if (!strcmp(arches[i].name, name))
			return &arches[i];
	if (!strcmp(name, "x86"))
		return &arches[0];
	die("--arch: '%s' is not one of x86_64, s390, arm64", name);
}

static void parse_args(int argc, char **argv, struct options *o)
{
	static const struct option longopts[] = {
		{ "src", required_argument, NULL, 's' },
		{ "kernel", required_argument, NULL, 'k' },
		{ "arch", required_argument, NULL, 'A' },
		{ "build", required_argument, NULL, 'b' },
		{ "config", required_argument, NULL, 'c' },
		{ "targets", required_argument, NULL, 't' },
		{ "jobs", required_argument, NULL, 'j' },
		{ "out", required_argument, NULL, 'o' },
		{ "stage", required_argument, NULL, 'S' },
		{ "cc", required_argument, NULL, 'C' },
		{ "plugin", required_argument, NULL, 'p' },
		{ "annotations", required_argument, NULL, 'a' },
		{ "census", no_argument, NULL, 'n' },
		{ "baseline", required_argument, NULL, 'B' },
		{ "two-pass", no_argument, NULL, '2' },
		{ "icecc", no_argument, NULL, 'i' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	char *end;
	int c;

	*o = (struct options){ .targets = "mm/ fs/", .out = "foliocheck-report.json",
			       .kernel = DEFAULT_KERNEL, .arch = &arches[0],
			       .jobs = (int)sysconf(_SC_NPROCESSORS_ONLN) };
	opterr = 0;
	while ((c = getopt_long(argc, argv, "h", longopts, NULL)) != -1) {
		switch (c) {
		case 's': o->src = optarg; break;
		case 'k': o->kernel = optarg; break;
		case 'A': o->arch = find_arch(optarg); break;
		case 'b': o->build = optarg; break;
		case 'c': o->config = optarg; break;
		case 't': o->targets = optarg; break;
		case 'o': o->out = optarg; break;
		case 'S': o->stage = optarg; break;
		case 'C': o->cc = optarg; break;
		case 'p': o->plugin = optarg; break;
		case 'a': o->annotations = optarg; break;
		case 'n': o->census = true; break;
		case 'B': o->baseline = optarg; break;
		case '2': o->two_pass = true; break;
		case 'i': o->icecc = true; break;
		case 'j':
			o->jobs = strtol(optarg, &end, 10);
			if (*end || o->jobs < 1)
				die("--jobs takes a positive number, not '%s'", optarg);
			break;
		case 'h':
			fputs(usage, stdout);
			exit(0);
		default:
			die("unknown or incomplete option '%s' (see --help)",
			    argv[optind - 1]);
		}
	}
	if (optind < argc)
		die("unexpected argument '%s' (see --help)", argv[optind]);
	if (!count_words(o->targets))
		die("--targets is empty");
	if (!o->cc)
		o->cc = o->arch->triplet ? xasprintf("%s-" CROSS_GCC, o->arch->triplet)
					 : "gcc";
	if (o->icecc && o->arch->triplet)
		die("--icecc builds with this machine's compiler; not with --arch %s",
		    o->arch->name);
}

/*
 * The kernel's build tools, and for --arch Debian's cross compiler, its
 * binutils (a dependency) and its plugin headers.
 */
static void ensure_toolchain(const struct options *o)
{
	const char *triplet = o->arch->triplet;

	ensure_packages(kbuild_packages, "the kernel build");
	if (triplet) {
		char *gcc = xasprintf(CROSS_GCC "-%s", triplet);
		char *dev = xasprintf(CROSS_GCC "-plugin-dev-%s", triplet);
		const char *packages[] = { gcc, dev, NULL };

		ensure_packages(packages, o->arch->name);
	}
}

/*
 * The build loads a copy of the plugin, made once per plugin (its tag):
 * the linker rewrites a plugin in place, and a cc1 that has it mapped
 * then crashes, so rebuilding foliocheck while a kernel build runs must
 * not touch the file the build uses.  The copy keeps the name
 * foliocheck.so, which GCC takes the plugin's name from.
 */
static const char *snapshot_plugin(const char *plugin)
{
	struct stat st;
	char *dir, *copy, *tmp;

	if (stat(plugin, &st))
		die("%s: %s (build foliocheck, or give --plugin)", plugin,
		    strerror(errno));
	dir = xasprintf("%s/plugins/%lx.%lx", cache_dir(), (long)st.st_size,
			(long)st.st_mtime);
	copy = xasprintf("%s/foliocheck.so", dir);
	tmp = xasprintf("%s.tmp.%d", copy, (int)getpid());
	if (!exists(copy)) {
		char *mk[] = { "mkdir", "-p", dir, NULL };
		char *cp[] = { "cp", "-p", (char *)plugin, tmp, NULL };

		if (run(mk, -1) || run(cp, -1) || rename(tmp, copy))
			die("cannot copy %s to %s", plugin, copy);
	}
	free(tmp);
	free(dir);
	return copy;
}

int main(int argc, char **argv)
{
	struct options o;
	char *src, *first;

	in_build_tree();
	parse_args(argc, argv, &o);
	if (o.src) {
		src = absolute(o.src);
		ensure_toolchain(&o);
	} else {
		ensure_toolchain(&o);
		const char *cache = cache_dir();

		src = debian_source(cache, o.kernel);
		if (!o.build)
			o.build = xasprintf("%s/build-%s-%s-%s", cache, o.kernel,
					    o.arch->name,
					    o.config && !strchr(o.config, '/') ?
					    o.config : "default");
	}
	if (o.build) {
		char *mk[] = { "mkdir", "-p", (char *)o.build, NULL };

		if (run(mk, -1))
			die("cannot create %s", o.build);
		o.build = absolute(o.build);
	}
	if (!o.plugin)
		o.plugin = default_plugin(o.cc);
	if (!o.annotations)
		o.annotations = default_annotations(o.plugin);
	o.plugin = snapshot_plugin(o.plugin);
	if (o.baseline) {
		char *units = xasprintf("%s.units", o.out);
		char *reset[] = { "rm", "-rf", units, NULL };
		char *mk[] = { "mkdir", "-p", units, NULL };

		o.baseline_list = baseline_list(o.baseline, o.out);
		if (run(reset, -1) || run(mk, -1))
			die("cannot create %s", units);
		o.units_dir = absolute(units);
		free(units);
	}
	if (!o.two_pass) {
		build_and_collect(&o, src, o.out);
		return o.baseline ? summarise_against(o.baseline, o.out) : 0;
	}
	/*
	 * The first pass writes every exported function's inferred sinks
	 * and sources into its report; the second reads them, so a call
	 * into another unit is seen as if its body were here.
	 */
	first = xasprintf("%s.pass1.json", o.out);
	build_and_collect(&o, src, first);
	o.summaries = xasprintf("%s.summaries.json", o.out);
	if (extract_summaries(first, o.summaries))
		die("cannot write the summaries of %s", first);
	o.summaries = absolute(o.summaries);
	fprintf(stderr, "%s: second pass with the summaries of %s\n", PROG, first);
	build_and_collect(&o, src, o.out);
	return o.baseline ? summarise_against(o.baseline, o.out) : 0;
}
