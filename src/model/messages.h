/* The session's messages: config diagnostics, odd fields in server answers, errors and notes,
 * kept in order (oldest dropped past a bound) for the messages pane and counted by kind for the
 * status bar. Plain data, owned by the UI thread. */
#ifndef HALOTUI_MODEL_MESSAGES_H
#define HALOTUI_MODEL_MESSAGES_H

#include <stdbool.h>
#include <stddef.h>

/* At most this many messages are kept; older ones are dropped first (counts stay exact). */
#define MESSAGES_MAX 1000

enum message_kind {
	MESSAGE_CONFIG,	   /* a config or theme line that could not be used (file:line: ...) */
	MESSAGE_WARNING,   /* a config line that works but is unsafe (a secret others can read) */
	MESSAGE_ODD_FIELD, /* a field of a server answer that was not understood and left unset */
	MESSAGE_ERROR,	   /* a failed request or command, in the server's or our words */
	MESSAGE_INFO,	   /* anything else worth reading again */
	MESSAGE_KIND_COUNT
};

struct message {
	enum message_kind kind;
	long at_s;  /* wall-clock seconds (time()) when it was added */
	char *text; /* owned */
};

struct messages {
	struct message *items; /* oldest first */
	size_t n, cap;
	size_t total[MESSAGE_KIND_COUNT]; /* added since init or the last clear, dropped ones too */
	unsigned changes; /* bumped on every change, so a pane can tell it must rebuild */
};

void messages_init(struct messages *m);
void messages_fini(struct messages *m);
/* Adds TEXT (copied) of KIND at the end, dropping the oldest past MESSAGES_MAX. */
void messages_add(struct messages *m, enum message_kind kind, const char *text);
/* Forgets every message of KIND (all of them with MESSAGE_KIND_COUNT) and its count. */
void messages_clear(struct messages *m, enum message_kind kind);
/* Whether a message of KIND with exactly TEXT is kept. */
bool messages_has(const struct messages *m, enum message_kind kind, const char *text);
/* How many messages of KIND were added (see `total`). */
size_t messages_count(const struct messages *m, enum message_kind kind);
/* A short name of KIND for the pane ("config", "odd field", "error", "info"). */
const char *message_kind_name(enum message_kind kind);

#endif
