/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * check_list.h - every rule of foliocheck, one line each, in the order
 * they run and are listed.  Included with FC_CHECK(name) defined: name is
 * the check's "const struct fc_check" (its check_*.cc file defines it).
 */
FC_CHECK(check_page_member)
FC_CHECK(check_nonfolio)
FC_CHECK(check_page_api)
