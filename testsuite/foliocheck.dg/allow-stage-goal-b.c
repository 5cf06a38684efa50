/* Stage-aware allow entries: under goal (b) private is padding, so the
   uses that page_private() and set_page_private() make legal today are
   findings; the entries, which apply under the other stages only, are not
   listed as allowing (or failing to allow) anything. */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-foliocheck-stage=goal-b-2023 -fplugin-arg-foliocheck-report=allow-stage-goal-b.json" } */
#include <linux/mm.h>

static inline void set_page_private(struct page *page, unsigned long v)
{
	page->private = v; /* { dg-warning "direct write of 'struct page' member 'private'" } */
}

unsigned long get(struct page *page)
{
	return page_private(page); /* { dg-warning "direct read of 'struct page' member 'private'" } */ /* { dg-message "note: 'private' is named inside macro expansion: page_private" } */
}

/* { dg-final { fc-json-count "allow-stage-goal-b.json" 2 } } */
/* { dg-final { fc-json-no-allow-entry "allow-stage-goal-b.json" "page_private" } } */
