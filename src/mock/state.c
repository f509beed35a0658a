/* The state file: JSON holding the generator's inputs, every ticket row and stored record. */
#include "config.h"

#include "mock/state.h"

#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "mock/jsonw.h"
#include "util/alloc.h"
#include "util/atomic_file.h"
#include "util/strbuf.h"

#define STATE_FORMAT "halo-mock-state-1"

/* The integer columns of a row, by name: one table for saving and loading. */
/* clang-format off */
/* The int columns, then the int64_t ones (dates): a file's value must fit its column. */
#define ROW_INTS(X) \
	X(status_id) X(priority_id) X(tickettype_id) X(sla_id) X(client_id) X(site_id) \
	X(user_id) X(agent_id) X(team_id) X(parent_id) X(child_count) X(attachment_count) \
	X(votes)
#define ROW_DATES(X) \
	X(dateoccurred) X(lastactiondate) X(deadlinedate) X(respondbydate) X(fixbydate) \
	X(dateclosed)
/* clang-format on */

static void save_row(struct jsonw *w, const struct mock_ticket *t)
{
	jsonw_object_open(w, NULL);
	jsonw_int(w, "id", t->id);
	jsonw_int(w, "flags", t->flags);
#define SAVE_INT(f) jsonw_int(w, #f, t->f);
	ROW_INTS(SAVE_INT)
	ROW_DATES(SAVE_INT)
#undef SAVE_INT
	jsonw_string(w, "summary", t->summary);
	if (t->details)
		jsonw_string(w, "details", t->details);
	if (t->delete_reason)
		jsonw_string(w, "delete_reason", t->delete_reason);
	struct {
		const char *key;
		struct json_object *v;
	} recs[] = { { "extra", t->extra },	{ "customs", t->customs },
		     { "actions", t->actions }, { "approvals", t->approvals },
		     { "todos", t->todos },	{ "voters", t->voters } };
	for (size_t i = 0; i < sizeof(recs) / sizeof(recs[0]); i++)
		if (recs[i].v)
			jsonw_json(w, recs[i].key, recs[i].v);
	jsonw_object_close(w);
}

static void save_data(struct strbuf *out, const struct mock_data *d)
{
	struct jsonw w;
	jsonw_init(&w, out, MOCK_DATE_Z, MOCK_IDS_INT);
	jsonw_object_open(&w, NULL);
	jsonw_string(&w, "format", STATE_FORMAT);
	char seed[32];
	snprintf(seed, sizeof(seed), "%llu", (unsigned long long)d->seed);
	jsonw_string(&w, "seed_text", seed);
	jsonw_int(&w, "generated_count", d->generated_count);
	jsonw_int(&w, "next_todo_id", d->next_todo_id);
	jsonw_int(&w, "next_closure_id", d->next_closure_id);
	jsonw_int(&w, "next_draft_id", d->next_draft_id);
	jsonw_int(&w, "next_forecast_id", d->next_forecast_id);
	jsonw_json(&w, "drafts", d->drafts);
	jsonw_json(&w, "forecasts", d->forecasts);
	jsonw_json(&w, "closures", d->closures);
	jsonw_json(&w, "viewlog", d->viewlog);
	jsonw_json(&w, "projects", d->projects);
	jsonw_array_open(&w, "tickets");
	for (size_t i = 0; i < d->n_tickets; i++) {
		strbuf_append_char(out, '\n');
		save_row(&w, d->tickets[i]);
	}
	jsonw_array_close(&w);
	jsonw_object_close(&w);
	strbuf_append_char(out, '\n');
}

bool mock_state_save(const struct mock_data *d, const char *path, char *err, size_t errlen)
{
	struct strbuf out;
	strbuf_init(&out);
	save_data(&out, d);
	/* Synced and renamed into place: a reader (or a crash) never meets half a state. */
	bool ok = atomic_file_write(path, out.data, out.len);
	if (!ok)
		snprintf(err, errlen, "cannot write the state file %s: %s", path, strerror(errno));
	strbuf_fini(&out);
	return ok;
}

static int64_t get_i64(struct json_object *o, const char *key, int64_t dflt)
{
	struct json_object *v;
	return json_object_object_get_ex(o, key, &v) && v ? json_object_get_int64(v) : dflt;
}

/* KEY of O into *OUT when present; false when it does not fit in [LO, HI] (*OUT kept). */
static bool get_ranged(struct json_object *o, const char *key, int64_t lo, int64_t hi, int64_t *out)
{
	struct json_object *v;
	if (!json_object_object_get_ex(o, key, &v) || !v)
		return true;
	int64_t n = json_object_get_int64(v);
	if (n < lo || n > hi)
		return false;
	*out = n;
	return true;
}

static bool get_int(struct json_object *o, const char *key, int *out)
{
	int64_t n = *out;
	bool ok = get_ranged(o, key, INT_MIN, INT_MAX, &n);
	*out = (int)n;
	return ok;
}

static struct json_object *take(struct json_object *o, const char *key, json_type type)
{
	struct json_object *v;
	if (!json_object_object_get_ex(o, key, &v) || !json_object_is_type(v, type))
		return NULL;
	return json_object_get(v);
}

static char *take_str(struct json_object *o, const char *key)
{
	struct json_object *v;
	if (!json_object_object_get_ex(o, key, &v) || !json_object_is_type(v, json_type_string))
		return NULL;
	return xstrdup(json_object_get_string(v));
}

static const char *take_str_view(struct json_object *o, const char *key)
{
	struct json_object *v;
	if (!json_object_object_get_ex(o, key, &v) || !json_object_is_type(v, json_type_string))
		return NULL;
	return json_object_get_string(v);
}

/* False when a number does not fit its column (the row is then only partly loaded). */
static bool load_row(struct mock_ticket *t, struct json_object *o)
{
	int64_t flags = 0;
	bool ok = get_ranged(o, "flags", 0, UINT_MAX, &flags);
	t->flags = (unsigned)flags;
#define LOAD_INT(f) ok = get_int(o, #f, &t->f) && ok;
	ROW_INTS(LOAD_INT)
#undef LOAD_INT
#define LOAD_DATE(f) t->f = get_i64(o, #f, t->f);
	ROW_DATES(LOAD_DATE)
#undef LOAD_DATE
	char *summary = take_str(o, "summary");
	if (summary) {
		free(t->summary);
		t->summary = summary;
	}
	free(t->details);
	t->details = take_str(o, "details");
	t->delete_reason = take_str(o, "delete_reason");
	t->extra = take(o, "extra", json_type_object);
	t->customs = take(o, "customs", json_type_array);
	t->actions = take(o, "actions", json_type_array);
	t->approvals = take(o, "approvals", json_type_array);
	t->todos = take(o, "todos", json_type_array);
	t->voters = take(o, "voters", json_type_object);
	return ok;
}

static bool load_lists(struct mock_data *d, struct json_object *root)
{
	struct {
		const char *key;
		struct json_object **slot;
	} lists[] = { { "drafts", &d->drafts },
		      { "forecasts", &d->forecasts },
		      { "closures", &d->closures },
		      { "viewlog", &d->viewlog },
		      { "projects", &d->projects } };
	for (size_t i = 0; i < sizeof(lists) / sizeof(lists[0]); i++) {
		struct json_object *v = take(root, lists[i].key, json_type_array);
		if (v) {
			json_object_put(*lists[i].slot);
			*lists[i].slot = v;
		}
	}
	d->next_todo_id = d->next_closure_id = d->next_draft_id = d->next_forecast_id = 1;
	return get_int(root, "next_todo_id", &d->next_todo_id) &&
	       get_int(root, "next_closure_id", &d->next_closure_id) &&
	       get_int(root, "next_draft_id", &d->next_draft_id) &&
	       get_int(root, "next_forecast_id", &d->next_forecast_id);
}

/* False, with the reason in ERR, when a row has an impossible id or a number too large. */
static bool load_tickets(struct mock_data *d, struct json_object *list, const char *path, char *err,
			 size_t errlen)
{
	for (size_t i = 0; i < json_object_array_length(list); i++) {
		struct json_object *o = json_object_array_get_idx(list, i);
		int64_t id = get_i64(o, "id", 0);
		if (id < d->first_id || id > d->first_id + 50000000) {
			snprintf(err, errlen, "%s holds a ticket with an impossible id", path);
			return false;
		}
		while (!mock_data_ticket(d, (int)id))
			mock_data_add_ticket(d)->summary = xstrdup("");
		struct mock_ticket *t = mock_data_ticket(d, (int)id);
		json_object_put(t->extra);
		json_object_put(t->customs);
		json_object_put(t->actions);
		json_object_put(t->approvals);
		json_object_put(t->todos);
		free(t->delete_reason);
		bool is_whole = load_row(t, o);
		d->n_deleted += (t->flags & MOCK_T_DELETED) != 0;
		if (!is_whole) {
			snprintf(err, errlen,
				 "%s: ticket %d holds a number too large for its field", path,
				 (int)id);
			return false;
		}
	}
	return true;
}

struct mock_data *mock_state_load(const char *path, char *err, size_t errlen)
{
	struct json_object *root = json_object_from_file(path);
	const char *format = root ? take_str_view(root, "format") : NULL;
	struct json_object *tickets = root ? take(root, "tickets", json_type_array) : NULL;
	const char *seed_text = root ? take_str_view(root, "seed_text") : NULL;
	struct mock_data *d = NULL;
	if (!format || strcmp(format, STATE_FORMAT) != 0 || !tickets || !seed_text) {
		snprintf(err, errlen, "%s is not a halo-mock state file", path);
		goto out;
	}
	int64_t count = get_i64(root, "generated_count", 0);
	d = mock_data_new(count > 0 && count < 50000000 ? (unsigned)count : 0,
			  strtoull(seed_text, NULL, 10));
	bool is_loaded = load_lists(d, root);
	if (!is_loaded)
		snprintf(err, errlen, "%s holds a next id too large for its field", path);
	else
		is_loaded = load_tickets(d, tickets, path, err, errlen);
	if (!is_loaded) {
		mock_data_free(d);
		d = NULL;
	}
out:
	json_object_put(tickets);
	json_object_put(root);
	return d;
}
