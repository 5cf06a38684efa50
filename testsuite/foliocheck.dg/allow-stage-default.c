/* Stage-aware allow entries: under the default stage (all) the entries
   for page_private() and set_page_private() apply, as today. */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-foliocheck-report=allow-stage-default.json" } */
#include <linux/mm.h>

static inline void set_page_private(struct page *page, unsigned long v)
{
	page->private = v; /* { dg-bogus "member" } */
}

unsigned long get(struct page *page)
{
	return page_private(page); /* { dg-bogus "member" } */
}

/* { dg-final { fc-json-count "allow-stage-default.json" 0 } } */
