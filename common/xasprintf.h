/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * xasprintf.h - a formatted string, for foliocheck-report and
 * foliocheck-kernel alike (common/xasprintf.c).
 */
#ifndef FOLIOCHECK_XASPRINTF_H
#define FOLIOCHECK_XASPRINTF_H

/* A formatted string the caller frees; aborts when memory runs out. */
char *xasprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

#endif /* FOLIOCHECK_XASPRINTF_H */
