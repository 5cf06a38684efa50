/* The .discard.foliocheck section is .ascii text that never holds "->":
   kbuild turns every '.ascii "->...' line of asm-offsets.s into a
   #define (sed-offsets), and messages contain "ptdesc->pt_list". */
/* { dg-do compile } */
/* { dg-options "-S" } */
#include <linux/mm.h>

struct list_head *f(struct page *page)
{
	return &page->lru; /* { dg-warning "member 'lru'" } */
}

/* { dg-final { fc-asm-section-is-safe "section-asm.o" } } */
