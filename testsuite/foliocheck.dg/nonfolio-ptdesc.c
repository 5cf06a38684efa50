/* nonfolio-conversion: a struct ptdesc * is a page table whatever it is
   cast to: page_folio(ptdesc_page(pt)) and ptdesc_folio(pt). */
/* { dg-do compile } */
#include <linux/pgtable.h>

bool through_page(struct ptdesc *pt)
{
	return folio_test_anon(page_folio(ptdesc_page(pt))); /* { dg-warning "page-table page converted to a folio by 'page_folio'" } */ /* { dg-message "note: page comes from 'struct ptdesc \\\*' here" } */
}

bool direct(struct ptdesc *pt)
{
	struct folio *folio = ptdesc_folio(pt); /* { dg-warning "page-table page converted to a folio by a cast to 'struct folio \\\*'" } */ /* { dg-message "note: page comes from 'struct ptdesc \\\*' here" } */

	return folio_test_anon(folio);
}

/* The cast leaves no statement: only the argument's type differs from the
   parameter's. */
bool as_argument(struct ptdesc *pt)
{
	return folio_test_anon(ptdesc_folio(pt)); /* { dg-warning "page-table page converted to a folio by a cast to 'struct folio \\\*'" } */ /* { dg-message "note: page comes from 'struct ptdesc \\\*' here" } */
}
