// SPDX-License-Identifier: GPL-3.0-or-later
/*
 * output.c - write results without ever leaving a half-written file: a
 * temporary file beside the destination, renamed into place once complete.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "report.h"

static mode_t file_mode(void)
{
	mode_t mask = umask(0);

	umask(mask);
	return 0666 & ~mask;
}

int write_output(const char *path, const char *text, size_t len)
{
	char *tmp;
	int fd, err = 0;

	if (!path) {
		if (fwrite(text, 1, len, stdout) != len || fflush(stdout)) {
			error_msg("cannot write standard output: %s", strerror(errno));
			return -1;
		}
		return 0;
	}
	tmp = xasprintf("%s.tmp.XXXXXX", path);
	fd = mkstemp(tmp);
	if (fd < 0) {
		error_msg("%s: cannot create a file beside it: %s", path,
			  strerror(errno));
		free(tmp);
		return -1;
	}
	for (size_t off = 0; !err && off < len;) {
		ssize_t n = write(fd, text + off, len - off);

		if (n < 0 && errno != EINTR)
			err = errno;
		else if (n > 0)
			off += n;
	}
	if (!err && fchmod(fd, file_mode()))
		err = errno;
	if (close(fd) && !err)
		err = errno;
	if (!err && rename(tmp, path))
		err = errno;
	if (err) {
		unlink(tmp);
		error_msg("%s: cannot write: %s", path, strerror(err));
	}
	free(tmp);
	return err ? -1 : 0;
}

int write_json(const char *path, json_t *doc)
{
	char *text = json_dumps(doc, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
	char *with_nl;
	int ret;

	if (!text) {
		error_msg("cannot encode the report");
		return -1;
	}
	with_nl = xasprintf("%s\n", text);
	ret = write_output(path, with_nl, strlen(with_nl));
	free(with_nl);
	free(text);
	return ret;
}

char *finding_line(json_t *f)
{
	return xasprintf("%s:%lld:%lld: warning: %s [foliocheck:%s]",
			 json_string_value(json_object_get(f, "file")),
			 (long long)json_integer_value(json_object_get(f, "line")),
			 (long long)json_integer_value(json_object_get(f, "column")),
			 json_string_value(json_object_get(f, "message")),
			 json_string_value(json_object_get(f, "rule")));
}
