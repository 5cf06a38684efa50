/* SPDX-License-Identifier: GPL-3.0-or-later */
#ifndef FOLIOCHECK_MAINTAINERS_H
#define FOLIOCHECK_MAINTAINERS_H

#include "report.h"

struct maintainers;

/* Parse a kernel MAINTAINERS file; NULL after a message. */
struct maintainers *maintainers_load(const char *path);

/* The most specific section covering FILE, or NULL. */
const char *maintainers_section(const struct maintainers *m, const char *file);

/* SECTION's M:, R: and L: lines, {"M": [...], ...} (borrowed), or NULL. */
json_t *maintainers_contacts(const struct maintainers *m, const char *section);

void maintainers_free(struct maintainers *m);

#endif
