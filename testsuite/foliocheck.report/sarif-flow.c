/* A source-to-sink finding for the SARIF code flow. */
#include <linux/pgtable.h>

bool anon_table(pmd_t *pmd)
{
	struct page *table = pmd_pgtable(*pmd);

	return PageAnon(table);
}
