/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * checks.cc - the table of rules, made from check_list.h.  The core reads
 * it; no file of the core names a check.
 */
#include "foliocheck.h"

const struct fc_check *const fc_checks[] = {
#define FC_CHECK(name) &name,
#include "check_list.h"
#undef FC_CHECK
};

const size_t fc_nr_checks = ARRAY_SIZE(fc_checks);

const struct fc_check *fc_check_find(const char *rule)
{
	for (size_t i = 0; i < fc_nr_checks; i++)
		if (!strcmp(fc_checks[i]->rule, rule))
			return fc_checks[i];
	return NULL;
}
