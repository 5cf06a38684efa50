/* The renamed layout: flags is a memdesc_flags_t struct.  Reaching its
   word (page->flags.f, folio->flags.f) is no slated member, and the flag
   helpers built on it stay silent. */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-foliocheck-report=renamed-flags.json" } */
#include <linux/mm.h>

unsigned long page_flags_word(struct page *page)
{
	return page->flags.f; /* { dg-bogus "member" } */
}

bool locked(struct page *page)
{
	return PageLocked(page); /* { dg-bogus "member" } */
}

bool folio_locked(struct folio *folio)
{
	return folio_test_locked(folio); /* { dg-bogus "member" } */
}

/* { dg-final { fc-json-count "renamed-flags.json" 0 } } */
