/* Kernel builds use -Werror; a finding stays a warning and the compile
   succeeds unless the user asks for failure. */
/* { dg-do compile } */
/* { dg-options "-Werror" } */
/* { fc-exit-status 0 } */
#include <linux/mm.h>

unsigned long f(struct page *page)
{
	return page->index; /* { dg-warning "member 'index'" } */
}
