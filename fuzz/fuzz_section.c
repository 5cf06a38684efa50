// SPDX-License-Identifier: GPL-3.0-or-later
/*
 * libFuzzer harness: the contents of a .discard.foliocheck section (one or more
 * JSON documents), then the aggregation of what was accepted.
 */
#include <stddef.h>
#include <stdint.h>

#include "../report/report.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	json_t *docs = json_array(), *doc;
	struct builder b;
	size_t i;

	parse_documents((const char *)data, size, "fuzz", docs);
	builder_init(&b);
	json_array_foreach(docs, i, doc)
		builder_add_unit(&b, doc, "fuzz");
	json_decref(builder_finish(&b));
	json_decref(docs);
	return 0;
}
