/* allow entries: by file glob, by function, by macro; the report counts
   what each entry allowed, and shows an unused entry with count 0. */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-foliocheck-annotations=@SRCDIR@/annotations/allow.annot -fplugin-arg-foliocheck-report=allow.json" } */
#include "page-helpers.h"

#define MY_LRU(p)	((p)->lru.next)

pgoff_t sanctioned(struct page *p)
{
	return p->index; /* { dg-bogus "member" } */
}

struct list_head *via_macro(struct page *p)
{
	return MY_LRU(p); /* { dg-bogus "member" } */
}

pgoff_t not_sanctioned(struct page *p)
{
	return p->index; /* { dg-warning "member 'index'" } */
}

/* { dg-final { fc-json-count "allow.json" 1 } } */
/* { dg-final { fc-json-allowed "allow.json" 6 2 } } */
/* { dg-final { fc-json-allowed "allow.json" 7 1 } } */
/* { dg-final { fc-json-allowed "allow.json" 8 1 } } */
/* { dg-final { fc-json-allowed "allow.json" 9 0 } } */
