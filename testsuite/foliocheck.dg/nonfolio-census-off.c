/* nonfolio-conversion: without census the report records no conversion
   that is not a finding (the default cost stays as it was). */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-foliocheck-report=nonfolio-census-off.json -fplugin-arg-foliocheck-checks=nonfolio-conversion" } */
#include <linux/mm.h>

bool from_folio(struct folio *folio)
{
	return PageAnon(folio_page(folio, 0));
}

/* { dg-final { fc-json-no-key "nonfolio-census-off.json" census } } */
