/* A plugin built for another GCC version is refused with one line that
   names both versions and both targets. */
/* { dg-do compile } */
/* { fc-require-other-plugin } */
/* { dg-options "-fplugin=@OTHER_PLUGIN@" } */
/* { fc-exit-status 1 } */
/* { dg-error "foliocheck: built for GCC \[0-9.\]+ \\(\[a-z0-9_]+-\[a-z0-9_-]+\\), loaded into GCC \[0-9.\]+ \\(\[a-z0-9_]+-\[a-z0-9_-]+\\); rebuild" "" { target *-*-* } 0 } */
int f(void)
{
	return 0;
}
