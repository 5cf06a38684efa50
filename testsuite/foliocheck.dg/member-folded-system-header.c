/* page-member: GCC prints no warning located in a system header, so the
   findings there go to the report only.  The walk finds the read; GCC 12
   shows the front end's folded reference too, GCC 11 drops it first. */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-foliocheck-report=member-folded-system-header.json" } */
#include <linux/mm.h>
#include "sys-helper.h"

/* { dg-final { fc-json-finding "member-folded-system-header.json" {member index access read line 6 function sys_helper} } } */
/* { dg-final { if {[fc-front-end-sees-all]} { fc-json-finding "member-folded-system-header.json" {member private access folded line 6 function sys_helper} } } } */
/* { dg-final { fc-json-count "member-folded-system-header.json" [expr {[fc-front-end-sees-all] ? 2 : 1}] } } */
