// SPDX-License-Identifier: GPL-3.0-or-later
/*
 * tree.c - what a kernel build directory says about the build: kernel
 * version, architecture and compiler, from the .config kbuild wrote
 *
 *	# Linux/x86 6.12.117 Kernel Configuration
 *	CONFIG_CC_VERSION_TEXT="gcc (Debian 12.2.0-14+deb12u1) 12.2.0"
 *
 * found in the directory given to collect or one above it (collect is
 * often given mm/ and fs/ of a tree).  Taken from the tree, not from the
 * user, so a report cannot claim another kernel than it saw.
 */
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "report.h"

#define MAX_LEVELS	8	/* directories above an operand searched */

static json_t *parse_config(FILE *f)
{
	char line[512], arch[64] = "", version[64] = "";
	json_t *build = NULL;
	const char *cc = "CONFIG_CC_VERSION_TEXT=\"";

	while (fgets(line, sizeof(line), f)) {
		line[strcspn(line, "\n")] = '\0';
		if (!*arch)
			sscanf(line, "# Linux/%63s %63s Kernel Configuration",
			       arch, version);
		if (!strncmp(line, cc, strlen(cc)) && *arch) {
			char *text = line + strlen(cc);

			text[strcspn(text, "\"")] = '\0';
			build = json_pack("{s:s,s:s,s:s}", "kernel", version,
					  "arch", arch, "compiler", text);
			break;
		}
	}
	return build;
}

json_t *tree_build(const char *dir)
{
	char path[PATH_MAX], *here = realpath(dir, NULL);
	json_t *build = NULL;

	for (int level = 0; here && !build && level < MAX_LEVELS; level++) {
		FILE *f;
		char *slash;

		snprintf(path, sizeof(path), "%s/.config", here);
		f = fopen(path, "r");
		if (f) {
			build = parse_config(f);
			fclose(f);
		}
		slash = strrchr(here, '/');
		if (!slash || slash == here)
			break;
		*slash = '\0';
	}
	free(here);
	return build;
}
