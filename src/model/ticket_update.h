/* A ticket create or partial update: only the fields marked set are sent. */
#ifndef HALOTUI_MODEL_TICKET_UPDATE_H
#define HALOTUI_MODEL_TICKET_UPDATE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <time.h>

#include "model/ticket_id.h"
#include "util/status.h"

enum field_type {
	FIELD_TYPE_STRING,
	FIELD_TYPE_INT,
	FIELD_TYPE_BOOL,
	FIELD_TYPE_TIME,
	FIELD_TYPE_DOUBLE,
};

enum ticket_field {
#define X(name, wire, type) name,
#include "model/ticket_field.def"
#undef X
	TICKET_FIELD_COUNT
};
_Static_assert(TICKET_FIELD_COUNT <= 64, "set_mask holds one bit per ticket field");

/* The wire name ("status_id") and value type of FIELD. */
const char *ticket_field_name(enum ticket_field field);
enum field_type ticket_field_type(enum ticket_field field);
/* The field whose wire name is NAME; STATUS_NOT_FOUND when there is none. */
enum status ticket_field_from_name(const char *name, enum ticket_field *out);

union field_value {
	char *s; /* owned by the update */
	long long i;
	bool b;
	time_t t; /* MODEL_NO_TIME sends null (clears the date) */
	double d;
};

struct custom_field_update {
	int id;
	char *name;  /* optional "CF..." name, owned; NULL to send only the id */
	char *value; /* owned; sent as a JSON string */
};

/*
 * POST /Tickets element. id 0 creates a ticket; otherwise updates ticket `id`, sending the
 * id plus only the fields whose bit is set. ticket_update_fini frees every owned string.
 */
struct ticket_update {
	ticket_id_t id;
	uint64_t set_mask; /* bit (1 << field) per set field */
	union field_value values[TICKET_FIELD_COUNT];
	struct custom_field_update *customfields; /* owned */
	size_t n_customfields;
};

void ticket_update_init(struct ticket_update *u, int id);
void ticket_update_fini(struct ticket_update *u);
bool ticket_update_is_set(const struct ticket_update *u, enum ticket_field field);
/* Whether nothing but the id would be sent. */
bool ticket_update_is_empty(const struct ticket_update *u);
/* Setters mark FIELD set; the string is copied. STATUS_INVALID when FIELD has another type. */
enum status ticket_update_set_string(struct ticket_update *u, enum ticket_field field,
				     const char *s);
enum status ticket_update_set_int(struct ticket_update *u, enum ticket_field field, long long v);
enum status ticket_update_set_bool(struct ticket_update *u, enum ticket_field field, bool v);
enum status ticket_update_set_time(struct ticket_update *u, enum ticket_field field, time_t v);
enum status ticket_update_set_double(struct ticket_update *u, enum ticket_field field, double v);
/* Parses TEXT by the field's type (int, true/false/1/0, ISO date, number) and sets it. */
enum status ticket_update_set_text(struct ticket_update *u, enum ticket_field field,
				   const char *text);
/* Forgets FIELD (frees its string). */
void ticket_update_unset(struct ticket_update *u, enum ticket_field field);
/* Adds (or replaces by id) a custom field value; strings are copied. */
void ticket_update_set_custom(struct ticket_update *u, int id, const char *name, const char *value);

#endif
