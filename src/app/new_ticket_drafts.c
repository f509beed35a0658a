/* The drafts picker: a kept draft of a new ticket chosen by its summary, to continue it in the
 * form or to delete it. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "app/app.h"
#include "app/form_pane.h"
#include "app/new_ticket.h"
#include "app/new_ticket_state.h"
#include "ui/form.h"
#include "ui/picker.h"
#include "util/alloc.h"

/* The drafts listed when the picker opened: kept by its pane until it goes. */
struct drafts_pick {
	char **paths;
	char **names; /* the summary, or "no summary yet" */
	char **notes; /* "saved 2026-12-02 09:15" */
	size_t n;
	bool is_delete;
};

static const struct form_field_def draft_field[] = {
	{ .name = "draft", .label = "Draft", .kind = FORM_CHOICE, .is_required = true },
};

static void pick_free(void *data)
{
	struct drafts_pick *dp = data;
	draft_store_list_free(dp->paths, dp->n);
	for (size_t i = 0; i < dp->n; i++) {
		free(dp->names[i]);
		free(dp->notes[i]);
	}
	free(dp->names);
	free(dp->notes);
	free(dp);
}

static void fill(const struct form *f, struct picker *p, void *ctx)
{
	const struct drafts_pick *dp = ctx;
	(void)f;
	for (size_t i = 0; i < dp->n; i++)
		picker_add(p, (long)i + 1, dp->names[i], dp->notes[i]);
}

/* The drafts kept, newest first, with what the picker shows of each; NULL when none. */
static struct drafts_pick *pick_new(struct new_ticket *st, bool is_delete)
{
	char **paths;
	time_t *saved_at;
	size_t n = draft_store_list(&st->store, &paths, &saved_at);
	if (!n) {
		free(saved_at);
		draft_store_list_free(paths, n);
		return NULL;
	}
	struct drafts_pick *dp = xcalloc(1, sizeof(*dp));
	dp->paths = paths;
	dp->n = n;
	dp->is_delete = is_delete;
	dp->names = xcalloc(n, sizeof(*dp->names));
	dp->notes = xcalloc(n, sizeof(*dp->notes));
	for (size_t i = 0; i < n; i++) {
		struct draft_form d = { 0 };
		const char *summary =
			draft_store_read(paths[i], &d) ? draft_form_get(&d, "summary") : NULL;
		dp->names[i] = xstrdup(summary && *summary ? summary : "no summary yet");
		draft_form_fini(&d);
		struct tm tm;
		char note[48] = "";
		if (localtime_r(&saved_at[i], &tm))
			strftime(note, sizeof(note), "saved %Y-%m-%d %H:%M", &tm);
		dp->notes[i] = xstrdup(note);
	}
	free(saved_at);
	return dp;
}

static void delete_chosen(void *ctx)
{
	const struct confirm_about *asked = ctx;
	struct app *a = asked->owner;
	draft_store_remove(asked->name);
	statusbar_set_message(&a->status, "the draft is deleted here (a copy Halo keeps stays: "
					  "its API has no route to delete a draft)");
}

static bool send_pick(void *ctx, void *data, struct form *f, char *err, size_t err_size)
{
	struct app *a = ctx;
	const struct drafts_pick *dp = data;
	const struct form_value *v = form_get(f, "draft");
	if (!v || !v->is_set || v->number < 1 || (size_t)v->number > dp->n) {
		snprintf(err, err_size, "choose a draft");
		return false;
	}
	size_t i = (size_t)v->number - 1;
	struct new_ticket *st = new_ticket_of(a);
	if (!dp->is_delete) {
		/* The form opens once this pane has gone (app_new_ticket_tick). */
		free(st->resume_path);
		st->resume_path = xstrdup(dp->paths[i]);
		return true;
	}
	char question[256];
	snprintf(question, sizeof(question), "delete the draft \"%.120s\" (%s)?", dp->names[i],
		 dp->notes[i]);
	confirm_ask_about(&a->confirm, question, delete_chosen, a, dp->paths[i]);
	a->status.is_dirty = true;
	return true;
}

void app_drafts_pick(struct app *a, bool is_delete)
{
	if (app_form_pane_is_busy(a))
		return;
	struct drafts_pick *dp = pick_new(new_ticket_of(a), is_delete);
	if (!dp) {
		statusbar_set_message(&a->status, "no drafts of new tickets are kept");
		return;
	}
	struct form *f = form_new(is_delete ? "Delete a draft" : "Continue a draft", draft_field,
				  sizeof(draft_field) / sizeof(draft_field[0]), &a->data.lookups);
	form_on_fill(f, fill, dp);
	form_pick_and_send(f);
	struct form_host host = { .data = dp, .free_data = pick_free, .send = send_pick };
	if (!app_form_pane_open(a, f, &host))
		pick_free(dp);
}
