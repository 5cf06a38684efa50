/* page-api: the JSON finding names the wrapper, its replacement, the
   stages that retire it and the release it went away in; the unit's
   document describes the rule, with the field summary counts by. */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-foliocheck-report=page-api-json.json -fplugin-arg-foliocheck-checks=page-api" } */
#include <linux/mm.h>

struct address_space *page_mapping(struct page *page);

struct address_space *owner(struct page *page)
{
	return page_mapping(page); /* { dg-warning "call of page-based 'page_mapping', which the folio conversion retires \\(gone by 6.12\\); use folio_mapping\\(folio\\)" } */
}

/* { dg-final { fc-json-count "page-api-json.json" 1 } } */
/* { dg-final { fc-json-finding "page-api-json.json" {rule page-api api page_mapping advice folio_mapping(folio) retired {gone by 6.12} line 12 function owner macros {}} } } */
/* { dg-final { fc-json-field "page-api-json.json" rules {{id page-api name PageApiRetiredByFolios summary {Call of a page-based wrapper the folio conversion retires} description {The code calls a page-based wrapper such as lock_page(), PageAnon(), page_mapping() or page_mapcount() that the folio conversion is retiring: it converts the page to its folio behind the caller's back, which breaks once page_folio() returns NULL for pages that are not folios.} help {Hold the folio and call the folio function the message names (folio_lock(), folio_test_anon(), folio_mapping(), folio_mapcount(), ...).} counts {{field api title {By wrapper (page-api)}}}}} } } */
/* { dg-final { fc-fingerprints-stable [lindex $args 0] } } */
