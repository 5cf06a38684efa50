# bench/kbuild-units.sh - sourced by the bench scripts: pick units of a
# built kernel tree and recover their real kbuild command lines.

# choose_units TREE N FILE: every k-th object of mm/ and fs/, N of them.
choose_units() {
	(cd "$1" && ls mm/*.o fs/*.o | grep -v -e built-in -e '\.mod\.o$') > "$3.all"
	step=$(( $(wc -l < "$3.all") / $2 )); [ "$step" -ge 1 ] || step=1
	awk -v s="$step" -v u="$2" 'NR % s == 1 && n < u { print; n++ }' "$3.all" > "$3"
	rm -f "$3.all"
}

# command_of OBJ OUT: OBJ's compile command (run in the tree), writing OUT,
# without ccache, without any foliocheck argument, without dependency files.
command_of() {
	cmd=$(dirname "$1")/.$(basename "$1").cmd
	sed -n 's/^savedcmd_[^ ]* := //p' "$cmd" |
		sed -e 's/^ccache //' -e 's/-fplugin=[^ ]*foliocheck[^ ]*//g' \
		    -e 's/-fplugin-arg-foliocheck-[^ ]*//g' -e 's/-Wp,-MMD,[^ ]*//' \
		    -e "s| -o [^ ]*\.o | -o $2 |"
}
