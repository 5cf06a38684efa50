// SPDX-License-Identifier: GPL-3.0-or-later
/*
 * elf.c - read the .discard.foliocheck section of an object with libelf.
 */
#include <errno.h>
#include <fcntl.h>
#include <gelf.h>
#include <string.h>
#include <unistd.h>

#include "report.h"

/* Does the .comment section say a C compiler (GCC) made this object? */
static bool compiled_by_gcc(Elf_Data *data)
{
	const char *p = data->d_buf;

	for (size_t off = 0; p && off + 4 <= data->d_size; off++)
		if (!memcmp(p + off, "GCC:", 4))
			return true;
	return false;
}

static Elf_Data *section_data(Elf_Scn *scn, GElf_Shdr *shdr)
{
	if (shdr->sh_type == SHT_NOBITS)
		return NULL;
	if ((shdr->sh_flags & SHF_COMPRESSED) && elf_compress(scn, 0, 0) < 0)
		return NULL;
	return elf_getdata(scn, NULL);
}

static int scan_sections(Elf *elf, const char *path, json_t *docs,
			 bool *not_c)
{
	Elf_Scn *scn = NULL;
	size_t shstrndx;
	bool found = false, gcc = false;

	if (elf_getshdrstrndx(elf, &shstrndx)) {
		error_msg("%s: corrupt ELF: %s", path, elf_errmsg(-1));
		return -1;
	}
	while ((scn = elf_nextscn(elf, scn))) {
		GElf_Shdr shdr;
		const char *name;
		Elf_Data *data;

		if (!gelf_getshdr(scn, &shdr) ||
		    !(name = elf_strptr(elf, shstrndx, shdr.sh_name))) {
			error_msg("%s: corrupt ELF section header: %s", path,
				  elf_errmsg(-1));
			return -1;
		}
		if (strcmp(name, FC_SECTION_NAME) && strcmp(name, ".comment"))
			continue;
		data = section_data(scn, &shdr);
		if (!data && elf_errno()) {
			error_msg("%s: cannot read section %s: %s", path, name,
				  elf_errmsg(-1));
			return -1;
		}
		if (!strcmp(name, ".comment")) {
			gcc |= data && compiled_by_gcc(data);
			continue;
		}
		found = true;
		if (data && parse_documents(data->d_buf, data->d_size, path, docs))
			return -1;
	}
	*not_c = !found && !gcc;
	return found;
}

int read_object(const char *path, json_t *docs, bool *not_c)
{
	int fd = open(path, O_RDONLY), ret;
	Elf *elf;

	*not_c = false;
	if (fd < 0) {
		error_msg("%s: %s", path, strerror(errno));
		return -1;
	}
	elf_version(EV_CURRENT);
	elf = elf_begin(fd, ELF_C_READ, NULL);
	if (!elf || elf_kind(elf) != ELF_K_ELF) {
		error_msg("%s: not an ELF object%s%s", path, elf ? "" : ": ",
			  elf ? "" : elf_errmsg(-1));
		ret = -1;
	} else {
		ret = scan_sections(elf, path, docs, not_c);
	}
	elf_end(elf);
	close(fd);
	return ret;
}
