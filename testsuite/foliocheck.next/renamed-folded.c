/* The renamed layout: a renamed member that only the front end sees
   (sizeof, container_of) is reported under its slated name too. */
/* { dg-do compile } */
#include <linux/mm.h>

unsigned long index_size(void)
{
	return sizeof(((struct page *)0)->__folio_index); /* { dg-warning "'struct page' member 'index' named in sizeof, typeof, offsetof or a folded condition \\\(spelled '__folio_index' in this tree" } */
}
