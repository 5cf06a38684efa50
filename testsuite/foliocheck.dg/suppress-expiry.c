/* Suppressions: each needs a reason and an until=; past its date an
   entry suppresses nothing (and says so in the report); a kernel version
   expires once the tree is that version; one covering nothing is listed
   with count 0. */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-foliocheck-suppressions=@SRCDIR@/suppressions/expiry.supp -fplugin-arg-foliocheck-report=suppress-expiry.json" } */
#include <linux/mm.h>

pgoff_t past(struct page *page)
{
	return page->index; /* { dg-warning "direct read of 'struct page' member 'index'" } */
}

pgoff_t future(struct page *page)
{
	return page->index; /* { dg-bogus "member" } */
}

pgoff_t versioned(struct page *page)
{
	return page->index; /* { dg-bogus "member" } */
}

/* { dg-final { fc-json-count "suppress-expiry.json" 1 } } */
/* { dg-final { fc-json-allowed "suppress-expiry.json" "expiry.supp:4" 0 } } */
/* { dg-final { fc-json-entry-expired "suppress-expiry.json" "expiry.supp:4" true } } */
/* { dg-final { fc-json-allowed "suppress-expiry.json" "expiry.supp:5" 1 } } */
/* { dg-final { fc-json-entry-expired "suppress-expiry.json" "expiry.supp:5" false } } */
/* { dg-final { fc-json-allowed "suppress-expiry.json" "expiry.supp:6" 1 } } */
/* { dg-final { fc-json-allowed "suppress-expiry.json" "expiry.supp:7" 0 } } */
