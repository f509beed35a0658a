/* Query strings and form bodies: decoded key/value pairs, looked up case-insensitively
 * (Halo's parameter binding ignores case), plus the value parsers the routes share. */
#ifndef HALOTUI_MOCK_QUERY_H
#define HALOTUI_MOCK_QUERY_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct mock_query_item {
	char *key;
	char *value;
};

struct mock_query {
	struct mock_query_item *items;
	size_t n;
	size_t cap;
};

void mock_query_init(struct mock_query *q);
void mock_query_fini(struct mock_query *q);
/* Adds a copy of KEY=VALUE (VALUE NULL is stored as ""). */
void mock_query_add(struct mock_query *q, const char *key, const char *value);
/* Adds the pairs of an application/x-www-form-urlencoded string of LEN bytes
 * (+ is a space, %XX a byte; malformed escapes are kept literally). */
void mock_query_parse(struct mock_query *q, const char *s, size_t len);

/* The value of KEY (first occurrence), or NULL. */
const char *mock_query_get(const struct mock_query *q, const char *key);
/* KEY as a boolean: true/1/yes (any case) are true; absent or empty gives DFLT. */
bool mock_query_bool(const struct mock_query *q, const char *key, bool dflt);
/* KEY as an integer; absent or not a number gives DFLT. */
long mock_query_long(const struct mock_query *q, const char *key, long dflt);

/* Parses a comma-separated list of integers; *OUT (caller frees) gets the numbers that parse.
 * Returns their count. */
size_t mock_parse_int_list(const char *s, int **out);
/* Parses an ISO-8601 date or date-time (optional fraction, Z or +hh:mm offset) to Unix
 * seconds. False when S is not such a date. */
bool mock_parse_date(const char *s, int64_t *out);

#endif
