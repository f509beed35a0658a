/* Notes on the fields of a server answer that a reader could not use and left unset. */
#ifndef HALOTUI_MODEL_ODD_FIELDS_H
#define HALOTUI_MODEL_ODD_FIELDS_H

#include <stdbool.h>
#include <stddef.h>

/* Notes kept per answer; past it they are only counted ("and N more"). */
#define ODD_FIELDS_MAX 20
/* Bytes of one note, NUL included; longer notes are cut. */
#define ODD_FIELD_TEXT_MAX 160

/*
 * One line per odd field or skipped row, in the order the reader met them, e.g.
 *   ticket 1234: flagged: expected a boolean, got 2
 * Plain fixed-size data (no pointers), so it can be copied whole from thread to thread.
 */
struct odd_fields {
	size_t n;    /* notes kept in text[] */
	size_t more; /* notes past ODD_FIELDS_MAX, counted only */
	char text[ODD_FIELDS_MAX][ODD_FIELD_TEXT_MAX];
};

/* Forgets every note (NULL-safe). */
void odd_fields_clear(struct odd_fields *o);
/* Adds one note, printf-style; past ODD_FIELDS_MAX it only counts it (NULL-safe). */
void odd_fields_add(struct odd_fields *o, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
/* Every note met: kept and counted ones (0 for NULL). */
size_t odd_fields_total(const struct odd_fields *o);
/* Whether A and B hold the same notes in the same order (and the same count past them). */
bool odd_fields_equal(const struct odd_fields *a, const struct odd_fields *b);
/* The summary line after the kept notes ("and 3 more odd fields") into BUF, or NULL when
 * every note was kept. */
const char *odd_fields_more_line(const struct odd_fields *o, char *buf, size_t size);

#endif
