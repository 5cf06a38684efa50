/* -fplugin-arg-foliocheck-werror: findings are errors and the compile
   fails, without a report. */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-foliocheck-werror -fplugin-arg-foliocheck-report=werror-arg.json" } */
/* { fc-exit-status 1 } */
#include <linux/mm.h>

unsigned long f(struct page *page)
{
	return page->index; /* { dg-error "direct read of 'struct page' member 'index'" } */
}

/* { dg-final { fc-no-file "werror-arg.json" } } */
