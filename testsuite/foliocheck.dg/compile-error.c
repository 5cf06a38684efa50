/* A compile that fails writes no report, not even a partial one. */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-foliocheck-report=compile-error.json" } */
/* { fc-exit-status 1 } */
#include <linux/mm.h>

unsigned long f(struct page *page)
{
	return page->index; /* { dg-warning "member 'index'" } */
}

int g(void)
{
	return undeclared; /* { dg-error "undeclared" } */ /* { dg-message "note: each undeclared identifier" } */
}

/* { dg-final { fc-no-file "compile-error.json" } } */
