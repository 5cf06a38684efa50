/* allow entries: a file= without wildcards matches the path's last whole
   components (as the glob would), never part of a directory's name. */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-foliocheck-annotations=@SRCDIR@/annotations/allow-path.annot -fplugin-arg-foliocheck-report=allow-path.json" } */
#include "page-helpers.h"

pgoff_t in_main_file(struct page *p)
{
	return p->index; /* { dg-bogus "member" } */
}

pgoff_t elsewhere(struct page *p)
{
	return p->index; /* { dg-warning "member 'index'" } */
}

/* { dg-final { fc-json-count "allow-path.json" 1 } } */
/* { dg-final { fc-json-allowed "allow-path.json" 6 2 } } */
/* { dg-final { fc-json-allowed "allow-path.json" 7 0 } } */
/* { dg-final { fc-json-allowed "allow-path.json" 8 1 } } */
