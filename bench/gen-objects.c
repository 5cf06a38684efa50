// SPDX-License-Identifier: GPL-3.0-or-later
/*
 * gen-objects - write N ELF objects as the plugin leaves them, for timing
 * foliocheck-report collect on a build's worth of objects.
 *
 *	gen-objects DIR N
 *
 * Object i is DIR/dNN/uI.o, unit "gen/dNN/uI.c", with a .comment section
 * ("GCC: ...") and a .discard.foliocheck section holding one unit document: three
 * findings of its own and two found in a shared header (the same
 * fingerprints in every unit), as real kernel units have.
 */
#include <errno.h>
#include <fcntl.h>
#include <gelf.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static const char comment[] = "\0GCC: (Debian 12.2.0-14) 12.2.0";

static char *document(unsigned int i)
{
	char *doc;
	const char *f =
		"{\"rule\":\"page-member\",\"struct\":\"page\",\"member\":\"%s\","
		"\"access\":\"read\",\"file\":\"%s\",\"line\":%u,\"column\":9,"
		"\"function\":\"%s\",\"macros\":[],\"message\":\"direct read of "
		"'struct page' member '%s' (slated for removal)\","
		"\"fingerprint\":\"%016x%s\"}";
	char unit[64], own[3][512], shared[2][512];

	snprintf(unit, sizeof(unit), "gen/d%02u/u%u.c", i % 100, i);
	for (unsigned int k = 0; k < 3; k++) {
		char fp[16];

		snprintf(fp, sizeof(fp), "%u", k);
		snprintf(own[k], sizeof(own[k]), f, "index", unit, 10 + k, "fn",
			 "index", i, fp);
	}
	for (unsigned int k = 0; k < 2; k++)
		snprintf(shared[k], sizeof(shared[k]), f, "lru",
			 "include/linux/shared.h", 100 + k, "helper", "lru",
			 0xffffu, k ? "b" : "a");
	if (asprintf(&doc, "{\"tool\":\"foliocheck\",\"version\":\"0.1.0\",\"schema\":1,"
		     "\"compiler\":\"gcc 12.2.0\",\"annotations\":{\"file\":\"a\","
		     "\"stage\":\"all\"},\"unit\":\"%s\",\"findings\":[%s,%s,%s,%s,%s],"
		     "\"allowed\":[]}\n", unit, own[0], own[1], own[2], shared[0],
		     shared[1]) < 0)
		abort();
	return doc;
}

static void add_section(Elf *elf, Elf_Data *strtab_data, size_t name_off,
			const void *buf, size_t len, Elf64_Word type, Elf64_Xword flags)
{
	Elf_Scn *scn = elf_newscn(elf);
	Elf_Data *data = elf_newdata(scn);
	GElf_Shdr shdr;

	(void)strtab_data;
	data->d_buf = (void *)buf;
	data->d_size = len;
	data->d_align = 1;
	data->d_type = ELF_T_BYTE;
	gelf_getshdr(scn, &shdr);
	shdr.sh_name = name_off;
	shdr.sh_type = type;
	shdr.sh_flags = flags;
	shdr.sh_addralign = 1;
	gelf_update_shdr(scn, &shdr);
}

static int write_object(const char *path, const char *doc)
{
	static const char names[] = "\0.shstrtab\0.comment\0.discard.foliocheck";
	int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
	Elf *elf;
	Elf64_Ehdr *eh;
	Elf_Scn *strscn;
	Elf_Data *strdata;
	GElf_Shdr shdr;

	if (fd < 0)
		return -1;
	elf = elf_begin(fd, ELF_C_WRITE, NULL);
	eh = elf64_newehdr(elf);
	eh->e_ident[EI_DATA] = ELFDATA2LSB;
	eh->e_type = ET_REL;
	eh->e_machine = EM_X86_64;
	eh->e_version = EV_CURRENT;
	strscn = elf_newscn(elf);
	strdata = elf_newdata(strscn);
	strdata->d_buf = (void *)names;
	strdata->d_size = sizeof(names);
	strdata->d_align = 1;
	strdata->d_type = ELF_T_BYTE;
	gelf_getshdr(strscn, &shdr);
	shdr.sh_name = 1;
	shdr.sh_type = SHT_STRTAB;
	gelf_update_shdr(strscn, &shdr);
	eh->e_shstrndx = elf_ndxscn(strscn);
	add_section(elf, strdata, 11, comment, sizeof(comment), SHT_PROGBITS, 0);
	add_section(elf, strdata, 20, doc, strlen(doc), SHT_PROGBITS, SHF_EXCLUDE);
	if (elf_update(elf, ELF_C_WRITE) < 0) {
		fprintf(stderr, "%s: %s\n", path, elf_errmsg(-1));
		return -1;
	}
	elf_end(elf);
	return close(fd);
}

int main(int argc, char **argv)
{
	unsigned int n;
	char path[4096];

	if (argc != 3 || !(n = strtoul(argv[2], NULL, 10))) {
		fprintf(stderr, "usage: gen-objects DIR N\n");
		return 2;
	}
	elf_version(EV_CURRENT);
	if (mkdir(argv[1], 0755) && errno != EEXIST) {
		perror(argv[1]);
		return 1;
	}
	for (unsigned int i = 0; i < n; i++) {
		char *doc = document(i);

		snprintf(path, sizeof(path), "%s/d%02u", argv[1], i % 100);
		if (mkdir(path, 0755) && errno != EEXIST) {
			perror(path);
			return 1;
		}
		snprintf(path, sizeof(path), "%s/d%02u/u%u.o", argv[1], i % 100, i);
		if (write_object(path, doc)) {
			perror(path);
			return 1;
		}
		free(doc);
	}
	return 0;
}
