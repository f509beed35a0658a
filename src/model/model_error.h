/* The error detail every model parser fills: one message that names the field at fault. */
#ifndef HALOTUI_MODEL_MODEL_ERROR_H
#define HALOTUI_MODEL_MODEL_ERROR_H

#define MODEL_ERROR_MAX 256

/*
 * Parsers take a `struct model_error *err` (may be NULL) as their last argument. On failure
 * they return a status other than STATUS_OK and write one human line into err->message,
 * naming the path of the field, e.g.
 *   tickets[3].status_id: expected an integer, got "abc"
 * On success err->message is left as the empty string.
 */
struct model_error {
	char message[MODEL_ERROR_MAX];
};

/* Empties ERR (NULL-safe). */
void model_error_clear(struct model_error *err);
/* printf into ERR->message, truncating to fit (NULL-safe). */
void model_error_set(struct model_error *err, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

#endif
