/* Stage-aware allow entries: an entry whose stages= does not name "all"
   does not apply under the default stage. */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-foliocheck-annotations=@SRCDIR@/annotations/allow-stages.annot" } */
#include <linux/mm.h>

unsigned long get(struct page *page)
{
	return page_private(page); /* { dg-warning "member 'private'" } */ /* { dg-message "note: 'private' is named inside macro expansion" } */
}
