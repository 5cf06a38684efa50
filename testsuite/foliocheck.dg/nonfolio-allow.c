/* nonfolio-conversion: an allow entry silences a function; the report
   counts what each entry allowed. */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-foliocheck-annotations=@SRCDIR@/annotations/nonfolio-allow.annot -fplugin-arg-foliocheck-report=nonfolio-allow.json" } */
#include <linux/pgtable.h>

bool sanctioned(struct mm_struct *mm)
{
	return PageAnon(pte_alloc_one(mm)); /* { dg-bogus "converted" } */
}

bool not_sanctioned(struct mm_struct *mm)
{
	return PageAnon(pte_alloc_one(mm)); /* { dg-warning "page-table page converted to a folio by 'PageAnon'" } */ /* { dg-message "note: page comes from" } */
}

/* { dg-final { fc-json-count "nonfolio-allow.json" 1 } } */
/* { dg-final { fc-json-allowed "nonfolio-allow.json" 5 1 } } */
/* { dg-final { fc-json-allowed "nonfolio-allow.json" 6 0 } } */
