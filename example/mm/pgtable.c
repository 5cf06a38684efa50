// SPDX-License-Identifier: GPL-3.0-or-later
/*
 * A page-table walker that asks a page-table page whether it is anonymous:
 * PageAnon() converts the page to a folio, and page tables will not be
 * folios under the memdesc plan.
 */
#include <linux/pgtable.h>

bool walk_pmd_is_anon(pmd_t *pmd)
{
	struct page *table = pmd_pgtable(*pmd);

	return PageAnon(table);
}

/* Not a finding: a page-level test of the page table. */
bool walk_pmd_is_table(pmd_t *pmd)
{
	return PageTable(pmd_pgtable(*pmd));
}
