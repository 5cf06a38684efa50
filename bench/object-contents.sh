#!/bin/sh
# bench/object-contents.sh OBJECT - what an ELF object holds, without where
# in the file it is: section headers minus their file offsets, symbols,
# relocations and every section's bytes.  Two objects that print the same
# have the same code, data and debug information.  (Removing a section
# with objcopy moves the relocation sections within the file.)  OBJDUMP
# names the target's objdump for a cross compiler's objects.
set -eu
readelf -W -S "$1" |
	sed -En 's/^( *\[ *[0-9]+\] +[^ ]+ +[^ ]+ +[0-9a-f]+) [0-9a-f]+/\1/p'
readelf -W -s -r "$1" | sed 's/ at offset 0x[0-9a-f]*//'
${OBJDUMP:-objdump} -s "$1" | tail -n +3
