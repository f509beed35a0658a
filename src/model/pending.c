/* The pending writes of a session and how their values lie over a ticket row. */
#include "config.h"

#include "model/pending.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "model/values.h"
#include "util/alloc.h"

void pending_init(struct pending_list *p)
{
	memset(p, 0, sizeof(*p));
}

void pending_fini(struct pending_list *p)
{
	for (size_t i = 0; i < p->n_pool; i++)
		free(p->pool[i]);
	free(p->pool);
	free(p->items);
	memset(p, 0, sizeof(*p));
}

const char *pending_keep(struct pending_list *p, const char *s)
{
	if (p->n_pool == p->cap_pool) {
		p->cap_pool = p->cap_pool ? p->cap_pool * 2 : 16;
		p->pool = xreallocarray(p->pool, p->cap_pool, sizeof(*p->pool));
	}
	p->pool[p->n_pool] = xstrdup(s ? s : "");
	return p->pool[p->n_pool++];
}

void pending_add(struct pending_list *p, const struct pending_change *change)
{
	if (p->count == p->cap) {
		p->cap = p->cap ? p->cap * 2 : 8;
		p->items = xreallocarray(p->items, p->cap, sizeof(*p->items));
	}
	p->items[p->count++] = *change;
	if (change->n_fields > 0) {
		p->last = *change;
		p->has_last = true;
	}
}

struct pending_change *pending_find(struct pending_list *p, unsigned write_id)
{
	for (size_t i = 0; i < p->count; i++)
		if (p->items[i].write_id == write_id)
			return &p->items[i];
	return NULL;
}

static void remove_at(struct pending_list *p, size_t i)
{
	memmove(&p->items[i], &p->items[i + 1], (p->count - i - 1) * sizeof(*p->items));
	p->count--;
}

bool pending_remove(struct pending_list *p, unsigned write_id)
{
	for (size_t i = 0; i < p->count; i++) {
		if (p->items[i].write_id == write_id) {
			remove_at(p, i);
			return true;
		}
	}
	return false;
}

bool pending_remove_outbox(struct pending_list *p, uint64_t outbox_id)
{
	for (size_t i = 0; outbox_id && i < p->count; i++) {
		if (p->items[i].outbox_id == outbox_id && p->items[i].is_failed) {
			remove_at(p, i);
			return true;
		}
	}
	return false;
}

bool pending_fail(struct pending_list *p, unsigned write_id)
{
	struct pending_change *c = pending_find(p, write_id);
	if (!c)
		return false;
	c->is_failed = true;
	if (p->has_last && p->last.write_id == write_id)
		p->has_last = false;
	return true;
}

size_t pending_count_out(const struct pending_list *p)
{
	size_t n = 0;
	for (size_t i = 0; i < p->count; i++)
		n += !p->items[i].is_failed;
	return n;
}

size_t pending_count_failed(const struct pending_list *p)
{
	return p->count - pending_count_out(p);
}

bool pending_is_out(const struct pending_list *p, ticket_id_t ticket_id)
{
	for (size_t i = 0; i < p->count; i++)
		if (p->items[i].ticket_id == ticket_id && !p->items[i].is_failed)
			return true;
	return false;
}

bool pending_has_failed(const struct pending_list *p, ticket_id_t ticket_id)
{
	for (size_t i = 0; i < p->count; i++)
		if (p->items[i].ticket_id == ticket_id && p->items[i].is_failed)
			return true;
	return false;
}

/* Where FIELD lives in a row: an int, a string, a flag or a date (one of the pointers). */
struct row_slot {
	int *i;
	const char **s;
	bool *b;
	time_t *t;
};

static bool row_slot(struct ticket_row *row, enum ticket_field field, struct row_slot *slot)
{
	memset(slot, 0, sizeof(*slot));
	switch (field) {
	case TICKET_FIELD_SUMMARY:
		slot->s = &row->summary;
		break;
	case TICKET_FIELD_STATUS_ID:
		slot->i = &row->status_id;
		break;
	case TICKET_FIELD_PRIORITY_ID:
		slot->i = &row->priority_id;
		break;
	case TICKET_FIELD_TICKETTYPE_ID:
		slot->i = &row->tickettype_id;
		break;
	case TICKET_FIELD_SLA_ID:
		slot->i = &row->sla_id;
		break;
	case TICKET_FIELD_AGENT_ID:
		slot->i = &row->agent_id;
		break;
	case TICKET_FIELD_TEAM:
		slot->s = &row->team;
		break;
	case TICKET_FIELD_CATEGORY_1:
		slot->s = &row->category_1;
		break;
	case TICKET_FIELD_ONHOLD:
		slot->b = &row->is_onhold;
		break;
	case TICKET_FIELD_FLAGGED:
		slot->b = &row->is_flagged;
		break;
	case TICKET_FIELD_DEADLINEDATE:
		slot->t = &row->deadlinedate;
		break;
	case TICKET_FIELD_FIXBYDATE:
		slot->t = &row->fixbydate;
		break;
	default:
		return false;
	}
	return true;
}

bool pending_row_value(const struct ticket_row *row, enum ticket_field field,
		       struct pending_value *out)
{
	struct ticket_row copy = *row;
	struct row_slot slot;
	memset(out, 0, sizeof(*out));
	out->s = "";
	if (!row_slot(&copy, field, &slot))
		return false;
	if (slot.i)
		out->i = *slot.i;
	else if (slot.s)
		out->s = *slot.s ? *slot.s : "";
	else if (slot.b)
		out->b = *slot.b;
	else
		out->t = *slot.t;
	return true;
}

bool pending_row_set(struct ticket_row *row, enum ticket_field field, const struct pending_value *v)
{
	struct row_slot slot;
	if (!row_slot(row, field, &slot))
		return false;
	if (slot.i)
		*slot.i = (int)v->i;
	else if (slot.s)
		*slot.s = v->s ? v->s : "";
	else if (slot.b)
		*slot.b = v->b;
	else
		*slot.t = v->t;
	/* The name the server sent went with the old id; the lookups name the new one. */
	if (field == TICKET_FIELD_AGENT_ID)
		row->agent_name = "";
	else if (field == TICKET_FIELD_STATUS_ID)
		row->status_name = "";
	else if (field == TICKET_FIELD_PRIORITY_ID)
		row->priority_name = "";
	return true;
}

void pending_copy_row(struct pending_list *p, struct ticket_row *dst, const struct ticket_row *src)
{
	*dst = *src;
	const char **strings[] = { &dst->summary,      &dst->client_name,   &dst->site_name,
				   &dst->user_name,    &dst->agent_name,    &dst->team,
				   &dst->status_name,  &dst->priority_name, &dst->category_1,
				   &dst->sla_state_raw };
	for (size_t i = 0; i < sizeof(strings) / sizeof(strings[0]); i++)
		*strings[i] = pending_keep(p, *strings[i]);
}

void pending_apply_row(const struct pending_list *p, struct ticket_row *row)
{
	for (size_t i = 0; i < p->count; i++) {
		const struct pending_change *c = &p->items[i];
		if (c->ticket_id != row->id || c->is_failed)
			continue;
		for (size_t f = 0; f < c->n_fields; f++)
			pending_row_set(row, c->fields[f].field, &c->fields[f].new);
	}
}

bool pending_value_from_update(struct pending_list *p, const struct ticket_update *u,
			       enum ticket_field field, struct pending_value *out)
{
	memset(out, 0, sizeof(*out));
	out->s = "";
	if (!ticket_update_is_set(u, field))
		return false;
	const union field_value *fv = &u->values[field];
	switch (ticket_field_type(field)) {
	case FIELD_TYPE_STRING:
		out->s = pending_keep(p, fv->s);
		break;
	case FIELD_TYPE_INT:
		out->i = fv->i;
		break;
	case FIELD_TYPE_BOOL:
		out->b = fv->b;
		break;
	case FIELD_TYPE_TIME:
		out->t = fv->t;
		break;
	case FIELD_TYPE_DOUBLE:
		out->i = (long long)fv->d;
		break;
	}
	return true;
}

void pending_value_to_update(const struct pending_value *v, enum ticket_field field,
			     struct ticket_update *u)
{
	switch (ticket_field_type(field)) {
	case FIELD_TYPE_STRING:
		ticket_update_set_string(u, field, v->s ? v->s : "");
		break;
	case FIELD_TYPE_INT:
		ticket_update_set_int(u, field, v->i);
		break;
	case FIELD_TYPE_BOOL:
		ticket_update_set_bool(u, field, v->b);
		break;
	case FIELD_TYPE_TIME:
		ticket_update_set_time(u, field, v->t);
		break;
	case FIELD_TYPE_DOUBLE:
		ticket_update_set_double(u, field, (double)v->i);
		break;
	}
}

void pending_value_text(const struct pending_value *v, enum ticket_field field, char *buf,
			size_t size)
{
	switch (ticket_field_type(field)) {
	case FIELD_TYPE_STRING:
		snprintf(buf, size, "%s", v->s && *v->s ? v->s : "(none)");
		break;
	case FIELD_TYPE_BOOL:
		snprintf(buf, size, "%s", v->b ? "yes" : "no");
		break;
	case FIELD_TYPE_TIME:
		if (v->t == MODEL_NO_TIME)
			snprintf(buf, size, "(none)");
		else
			model_time_format(v->t, buf, size);
		break;
	default:
		if (v->i == MODEL_UNSET)
			snprintf(buf, size, "(none)");
		else
			snprintf(buf, size, "%lld", v->i);
		break;
	}
}
