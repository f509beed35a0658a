/* Ticket creates and partial updates: a table of writable fields and their values. */
#include "config.h"

#include "model/ticket_update.h"

#include <errno.h>
#include <limits.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "model/values.h"
#include "util/alloc.h"

static const struct {
	const char *name;
	enum field_type type;
} fields[TICKET_FIELD_COUNT] = {
#define X(id, wire, ftype) [id] = { wire, ftype },
#include "model/ticket_field.def"
#undef X
};

const char *ticket_field_name(enum ticket_field field)
{
	return (unsigned)field < TICKET_FIELD_COUNT ? fields[field].name : "";
}

enum field_type ticket_field_type(enum ticket_field field)
{
	return (unsigned)field < TICKET_FIELD_COUNT ? fields[field].type : FIELD_TYPE_STRING;
}

enum status ticket_field_from_name(const char *name, enum ticket_field *out)
{
	for (int i = 0; name && i < TICKET_FIELD_COUNT; i++) {
		if (!strcasecmp(fields[i].name, name)) {
			*out = (enum ticket_field)i;
			return STATUS_OK;
		}
	}
	return STATUS_NOT_FOUND;
}

void ticket_update_init(struct ticket_update *u, int id)
{
	memset(u, 0, sizeof(*u));
	u->id = id;
}

void ticket_update_unset(struct ticket_update *u, enum ticket_field field)
{
	if ((unsigned)field >= TICKET_FIELD_COUNT)
		return;
	if (fields[field].type == FIELD_TYPE_STRING)
		free(u->values[field].s);
	memset(&u->values[field], 0, sizeof(u->values[field]));
	u->set_mask &= ~(UINT64_C(1) << field);
}

void ticket_update_fini(struct ticket_update *u)
{
	if (!u)
		return;
	for (int i = 0; i < TICKET_FIELD_COUNT; i++)
		ticket_update_unset(u, (enum ticket_field)i);
	for (size_t i = 0; i < u->n_customfields; i++) {
		free(u->customfields[i].name);
		free(u->customfields[i].value);
	}
	free(u->customfields);
	u->customfields = NULL;
	u->n_customfields = 0;
}

bool ticket_update_is_set(const struct ticket_update *u, enum ticket_field field)
{
	return (unsigned)field < TICKET_FIELD_COUNT && (u->set_mask >> field & 1);
}

bool ticket_update_is_empty(const struct ticket_update *u)
{
	return u->set_mask == 0 && u->n_customfields == 0;
}

/* Checks FIELD has TYPE and makes its slot ready for a new value. */
static bool prepare(struct ticket_update *u, enum ticket_field field, enum field_type type)
{
	if ((unsigned)field >= TICKET_FIELD_COUNT || fields[field].type != type)
		return false;
	ticket_update_unset(u, field);
	u->set_mask |= UINT64_C(1) << field;
	return true;
}

enum status ticket_update_set_string(struct ticket_update *u, enum ticket_field field,
				     const char *s)
{
	if (!prepare(u, field, FIELD_TYPE_STRING))
		return STATUS_INVALID;
	u->values[field].s = xstrdup(s ? s : "");
	return STATUS_OK;
}

enum status ticket_update_set_int(struct ticket_update *u, enum ticket_field field, long long v)
{
	if (!prepare(u, field, FIELD_TYPE_INT))
		return STATUS_INVALID;
	u->values[field].i = v;
	return STATUS_OK;
}

enum status ticket_update_set_bool(struct ticket_update *u, enum ticket_field field, bool v)
{
	if (!prepare(u, field, FIELD_TYPE_BOOL))
		return STATUS_INVALID;
	u->values[field].b = v;
	return STATUS_OK;
}

enum status ticket_update_set_time(struct ticket_update *u, enum ticket_field field, time_t v)
{
	if (!prepare(u, field, FIELD_TYPE_TIME))
		return STATUS_INVALID;
	u->values[field].t = v;
	return STATUS_OK;
}

enum status ticket_update_set_double(struct ticket_update *u, enum ticket_field field, double v)
{
	if (!isfinite(v) || !prepare(u, field, FIELD_TYPE_DOUBLE))
		return STATUS_INVALID;
	u->values[field].d = v;
	return STATUS_OK;
}

static enum status set_parsed(struct ticket_update *u, enum ticket_field field, const char *text)
{
	char *end;
	errno = 0;
	switch (fields[field].type) {
	case FIELD_TYPE_INT: {
		long long v = strtoll(text, &end, 10);
		if (errno || end == text || *end || v < INT_MIN || v > INT_MAX)
			return STATUS_INVALID;
		return ticket_update_set_int(u, field, v);
	}
	case FIELD_TYPE_BOOL:
		if (!strcasecmp(text, "true") || !strcmp(text, "1") || !strcasecmp(text, "yes"))
			return ticket_update_set_bool(u, field, true);
		if (!strcasecmp(text, "false") || !strcmp(text, "0") || !strcasecmp(text, "no"))
			return ticket_update_set_bool(u, field, false);
		return STATUS_INVALID;
	case FIELD_TYPE_TIME: {
		time_t t;
		if (*text && !model_time_parse(text, &t))
			return STATUS_INVALID;
		return ticket_update_set_time(u, field, *text ? t : MODEL_NO_TIME);
	}
	case FIELD_TYPE_DOUBLE: {
		double d = strtod(text, &end);
		if (errno || end == text || *end)
			return STATUS_INVALID;
		return ticket_update_set_double(u, field, d);
	}
	case FIELD_TYPE_STRING:
		break;
	}
	return ticket_update_set_string(u, field, text);
}

enum status ticket_update_set_text(struct ticket_update *u, enum ticket_field field,
				   const char *text)
{
	if ((unsigned)field >= TICKET_FIELD_COUNT || !text)
		return STATUS_INVALID;
	return set_parsed(u, field, text);
}

void ticket_update_set_custom(struct ticket_update *u, int id, const char *name, const char *value)
{
	struct custom_field_update *cf = NULL;
	for (size_t i = 0; i < u->n_customfields; i++)
		if (u->customfields[i].id == id)
			cf = &u->customfields[i];
	if (!cf) {
		u->customfields = xreallocarray(u->customfields, u->n_customfields + 1,
						sizeof(*u->customfields));
		cf = &u->customfields[u->n_customfields++];
	} else {
		free(cf->name);
		free(cf->value);
	}
	cf->id = id;
	cf->name = name ? xstrdup(name) : NULL;
	cf->value = xstrdup(value ? value : "");
}
