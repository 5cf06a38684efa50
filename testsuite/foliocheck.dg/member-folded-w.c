/* page-member: under -w GCC drops every warning before a plugin can see
   it, so the front end shows nothing, and every body is walked: the read
   is still in the report (folded references are not). */
/* { dg-do compile } */
/* { dg-options "-w -fplugin-arg-foliocheck-report=member-folded-w.json" } */
#include <linux/mm.h>

unsigned long reads(struct page *p)
{
	return p->index + sizeof(p->private);
}

/* { dg-final { fc-json-finding "member-folded-w.json" {member index access read line 10 function reads} } } */
/* { dg-final { fc-json-count "member-folded-w.json" 1 } } */
