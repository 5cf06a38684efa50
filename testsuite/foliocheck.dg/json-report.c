/* The JSON report: document fields and each finding's fields, parsed. */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-foliocheck-report=json-report.json" } */
#include <linux/mm.h>

unsigned long read_index(struct page *page)
{
	return page->index; /* { dg-warning "member 'index'" } */
}

void lists(struct list_head *head)
{
	struct page *page;

	list_for_each_entry(page, head, lru) /* { dg-warning "member 'lru'" } */ /* { dg-message "note:" } */
		page->mapping = NULL; /* { dg-warning "member 'mapping'" } */
}

/* { dg-final { fc-json-field "json-report.json" tool foliocheck } } */
/* { dg-final { fc-json-field "json-report.json" schema 1 } } */
/* { dg-final { fc-json-field "json-report.json" annotations.stage all } } */
/* { dg-final { fc-json-count "json-report.json" 3 } } */
/* { dg-final { fc-json-finding "json-report.json" {rule page-member member index access read line 8 column 13 function read_index macros {}} } } */
/* { dg-final { fc-json-finding "json-report.json" {member lru access read line 15 column 2 function lists} } } */
/* { dg-final { fc-json-finding "json-report.json" {member mapping access write line 16 function lists macros {}} } } */
/* { dg-final { fc-json-finding "json-report.json" {member lru macros {list_for_each_entry list_entry_is_head}} } } */
/* { dg-final { fc-fingerprints-stable [lindex $args 0] } } */
