/* baseline: the findings the baseline has stay quiet; a new one is an
   error located at the new use, and the compile fails, with its report
   written (each finding says whether the baseline has it). */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-foliocheck-root=@SRCDIR@ -fplugin-arg-foliocheck-baseline=@SRCDIR@/baselines/gate.fp -fplugin-arg-foliocheck-report=baseline-gate.json" } */
/* { fc-exit-status 1 } */
#include <linux/mm.h>

pgoff_t old_index(struct page *page)
{
	return page->index; /* in the baseline: { dg-bogus "member" } */
}

struct address_space *old_mapping(struct page *page)
{
	return page->mapping; /* { dg-bogus "member" } */
}

unsigned long new_use(struct page *page)
{
	return page->memcg_data; /* { dg-error "direct read of 'struct page' member 'memcg_data'.*\\\[foliocheck:page-member\\\]" } */
}

/* { dg-final { fc-json-count "baseline-gate.json" 3 } } */
/* { dg-final { fc-json-finding "baseline-gate.json" {member index baseline true} } } */
/* { dg-final { fc-json-finding "baseline-gate.json" {member memcg_data baseline false} } } */
