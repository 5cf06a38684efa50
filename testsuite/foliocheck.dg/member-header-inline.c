/* page-member: uses inside static inline helpers of a header are
   reported in the header, even when no function of the unit calls them. */
/* { dg-do compile } */
/* { fc-warning-at "page-helpers.h" 9 "direct read of 'struct page' member 'index'" } */
/* { fc-warning-at "page-helpers.h" 14 "direct write of 'struct page' member 'mapping'" } */
#include "page-helpers.h"

int unrelated(void)
{
	return 0;
}
