/* The report every model parser fills: the error that failed it, and the odd fields it noted. */
#ifndef HALOTUI_MODEL_MODEL_ERROR_H
#define HALOTUI_MODEL_MODEL_ERROR_H

#include "model/odd_fields.h"

#define MODEL_ERROR_MAX 256

/*
 * Parsers take a `struct model_error *err` (may be NULL) as their last argument. On failure
 * they return a status other than STATUS_OK and write one human line into err->message,
 * naming the path of the field, e.g.
 *   tickets[3].status_id: expected an integer, got "abc"
 * On success err->message is left as the empty string.
 * Readers degrade rather than fail on a single field: one of a type they cannot use is left
 * unset (a row without a usable id is skipped) and noted in err->odd.
 */
struct model_error {
	char message[MODEL_ERROR_MAX];
	struct odd_fields odd; /* fields left unset and rows skipped, on success too */
};

/* Empties ERR, its notes included (NULL-safe). */
void model_error_clear(struct model_error *err);
/* printf into ERR->message, truncating to fit (NULL-safe). */
void model_error_set(struct model_error *err, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
/* Adds one note to ERR->odd, printf-style (NULL-safe). */
void model_error_note(struct model_error *err, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

#endif
