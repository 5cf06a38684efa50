/* Compiled without the plugin by the report tests. */
int noplugin(void)
{
	return 0;
}
