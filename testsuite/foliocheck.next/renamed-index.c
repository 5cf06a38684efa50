/* page-member on the renamed layout: page->__folio_index is the slated
   member index, reported as such, with the tree's spelling; its
   fingerprint is the one the same code has on 6.12 (page->index). */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-foliocheck-report=renamed-index.json" } */
#include <linux/mm.h>

unsigned long offset(struct page *page)
{
#ifdef MOCK_RENAMED_LAYOUT
	return page->__folio_index; /* { dg-warning "direct read of 'struct page' member 'index' \\\(spelled '__folio_index' in this tree; slated for removal" } */
#else
	return page->index;
#endif
}

void set_offset(struct page *page, unsigned long i)
{
#ifdef MOCK_RENAMED_LAYOUT
	page->__folio_index = i; /* { dg-warning "direct write of 'struct page' member 'index' \\\(spelled '__folio_index'" } */
#else
	page->index = i;
#endif
}

struct address_space *owner(struct page *page)
{
#ifdef MOCK_RENAMED_LAYOUT
	return READ_ONCE(page->__folio_mapping); /* { dg-warning "direct read of 'struct page' member 'mapping' \\\(spelled '__folio_mapping' in this tree" } */ /* { dg-message "note: 'mapping' is named inside macro expansion: READ_ONCE" } */
#else
	return READ_ONCE(page->mapping);
#endif
}

/* A folio's own index is not a page member, renamed or not. */
unsigned long folio_offset(struct folio *folio)
{
	return folio->index; /* { dg-bogus "member" } */
}

/* { dg-final { fc-json-count "renamed-index.json" 3 } } */
/* { dg-final { fc-fingerprint-as-6.12 [lindex $args 0] "renamed-index.json" offset } } */
/* { dg-final { fc-fingerprint-as-6.12 [lindex $args 0] "renamed-index.json" set_offset } } */
/* { dg-final { fc-fingerprint-as-6.12 [lindex $args 0] "renamed-index.json" owner } } */
/* { dg-final { fc-json-finding "renamed-index.json" {member index spelled __folio_index access read function offset renamed __folio_index} } } */
/* { dg-final { fc-json-finding "renamed-index.json" {member mapping spelled __folio_mapping function owner} } } */
