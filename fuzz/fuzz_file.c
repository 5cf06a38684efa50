// SPDX-License-Identifier: GPL-3.0-or-later
/*
 * libFuzzer harness: a whole input file, read as an ELF object (libelf,
 * its .discard.foliocheck and .comment sections) and as a JSON report.
 */
#define _GNU_SOURCE
#include <stdint.h>
#include <stdio.h>
#include <sys/mman.h>
#include <unistd.h>

#include "../report/report.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	int fd = memfd_create("fuzz", 0);
	char path[64];
	json_t *docs = json_array(), *report;
	bool not_c;

	if (fd < 0 || write(fd, data, size) != (ssize_t)size)
		return 0;
	snprintf(path, sizeof(path), "/proc/self/fd/%d", fd);
	read_object(path, docs, &not_c);
	json_decref(docs);
	report = read_report(path);
	if (report) {
		struct builder b;

		builder_init(&b);
		builder_add_report(&b, report, "fuzz");
		json_decref(builder_finish(&b));
		json_decref(report);
	}
	close(fd);
	return 0;
}
