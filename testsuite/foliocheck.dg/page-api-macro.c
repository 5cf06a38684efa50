/* page-api: a call written in a macro is reported where the macro is
   used, with the macro chain; a header's helper, where the helper is,
   even when nothing calls it. */
/* { dg-do compile } */
/* { fc-warning-at "page-api-helpers.h" 8 "call of page-based 'unlock_page'" } */
#include "page-api-helpers.h"

#define LOCKED(page) (lock_page(page), (page))

struct page *take(struct page *page)
{
	return LOCKED(page); /* { dg-warning "call of page-based 'lock_page'" } */ /* { dg-message "note:.*LOCKED" } */
}
