/* The forecast pane's commands: open it, and add or change an entry in a form. */
#include "config.h"

#include "app/forecast_commands.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "app/app.h"
#include "app/form_pane.h"
#include "app/session.h"
#include "app/ticket_commands.h"
#include "app/writes.h"
#include "model/outbox_items.h"
#include "model/values.h"
#include "net/api.h"
#include "ui/doc_forecast.h"
#include "ui/doc_view.h"
#include "ui/form_view.h"
#include "util/alloc.h"

/* What a forecast form is about: kept by its pane until it goes. */
struct forecast_form {
	ticket_id_t ticket_id;
	int id; /* the entry changed; 0: a new one */
};

static bool check_hours(const char *text, char *why, size_t why_size)
{
	double hours;
	return app_forecast_parse_hours(text, &hours, why, why_size);
}

static const struct form_field_def forecast_fields[] = {
	{ .name = "agent",
	  .label = "Agent",
	  .kind = FORM_CHOICE,
	  .source = PICKER_SOURCE_AGENTS,
	  .is_required = true },
	{ .name = "date", .label = "Date", .kind = FORM_DATE, .is_required = true },
	{ .name = "hours",
	  .label = "Hours",
	  .kind = FORM_TEXT,
	  .is_required = true,
	  .check = check_hours },
};

bool app_forecast_parse_hours(const char *text, double *hours, char *why, size_t why_size)
{
	char *end = NULL;
	double h = text ? strtod(text, &end) : 0;
	if (!text || end == text || *end || !isfinite(h) || h <= 0 || h > 10000) {
		snprintf(why, why_size, "\"%s\" is not a number of hours: write 2, 2.5 or 0.25",
			 text ? text : "");
		return false;
	}
	*hours = h;
	return true;
}

/* The forecast again, when the pane shows this ticket's. */
static void forecast_changed(struct app *a, const struct job_result *r, void *ctx)
{
	(void)ctx;
	bool is_shown = false;
	for (size_t i = 0; i < a->depth; i++)
		is_shown |= a->stack[i]->ops->kind == VIEW_FORECAST;
	if (r->status != STATUS_OK || !is_shown || !a->data.ticket_id)
		return;
	struct view_want w = { .kind = WANT_FORECAST, .ticket_id = a->data.ticket_id };
	app_session_want(a, &w);
}

bool app_forecast_send(struct app *a, const struct forecast *fc, char *err, size_t errlen)
{
	char what[160], hours[32];
	doc_forecast_hours(fc->hours, hours, sizeof(hours));
	const char *agent = lookups_agent_name(&a->data.lookups, fc->agent_id);
	snprintf(what, sizeof(what), "#%d: forecast %s h for %s", fc->ticket_id, hours,
		 agent && *agent ? agent : "the agent");
	struct app_write_opts o = { .kind = PENDING_OTHER,
				    .ticket_id = fc->ticket_id,
				    .what = what,
				    .done = forecast_changed };
	return app_write_job(a, api_forecasts_save(fc, 1, 0), &o, err, errlen);
}

static bool send_form(void *ctx, void *data, struct form *f, char *err, size_t err_size)
{
	struct app *a = ctx;
	const struct forecast_form *ff = data;
	struct forecast fc = { .id = ff->id,
			       .ticket_id = ff->ticket_id,
			       .agent_id = (int)form_get(f, "agent")->number,
			       .date = form_get(f, "date")->time };
	if (!app_forecast_parse_hours(form_text(f, "hours"), &fc.hours, err, err_size))
		return false;
	return app_forecast_send(a, &fc, err, err_size);
}

static void open_form(struct app *a, ticket_id_t ticket_id, const struct forecast *entry)
{
	char title[96];
	if (entry && entry->id > 0)
		snprintf(title, sizeof(title), "Forecast entry #%d of #%d", entry->id, ticket_id);
	else
		snprintf(title, sizeof(title), "Forecast hours for #%d", ticket_id);
	struct form *f =
		form_new(title, forecast_fields,
			 sizeof(forecast_fields) / sizeof(forecast_fields[0]), &a->data.lookups);
	f->is_preview_all = true;
	int agent = entry ? entry->agent_id : lookups_my_agent_id(&a->data.lookups);
	if (agent > 0)
		form_set_choice(f, "agent", agent, NULL);
	time_t now = time(NULL), day = entry ? entry->date : MODEL_NO_TIME;
	struct tm tm;
	if (day == MODEL_NO_TIME && localtime_r(&now, &tm)) {
		tm.tm_hour = tm.tm_min = tm.tm_sec = 0;
		day = mktime(&tm);
	}
	if (day != MODEL_NO_TIME)
		form_set_time(f, "date", day);
	if (entry) {
		char hours[32];
		doc_forecast_hours(entry->hours, hours, sizeof(hours));
		form_set_text(f, "hours", hours);
	}
	form_set_send_label(f, entry && entry->id > 0 ? "Save" : "Add");
	struct forecast_form *ff = xcalloc(1, sizeof(*ff));
	ff->ticket_id = ticket_id;
	ff->id = entry ? entry->id : 0;
	struct form_host host = { .data = ff, .free_data = free, .send = send_form };
	if (!app_form_pane_open(a, f, &host))
		free(ff);
}

void app_forecast_command(struct app *a, enum command cmd)
{
	ticket_id_t id = app_selected_ticket(a);
	if (!id) {
		statusbar_set_message(&a->status, "no ticket selected");
		return;
	}
	if (cmd == CMD_FORECAST)
		app_open_view(a, VIEW_FORECAST, id);
	else
		open_form(a, id, NULL);
}

/* The number BODY's KEY holds, or 0. */
static double sent_number(const char *body, const char *key)
{
	char *text = write_text(body, key);
	double v = text ? strtod(text, NULL) : 0;
	free(text);
	return v;
}

void app_forecast_edit_sent(struct app *a, ticket_id_t ticket_id, const char *body)
{
	struct forecast fc = { .id = (int)sent_number(body, "id"),
			       .ticket_id = ticket_id,
			       .agent_id = (int)sent_number(body, "agent_id"),
			       .date = MODEL_NO_TIME,
			       .hours = sent_number(body, "hours") };
	char *date = write_text(body, "date");
	if (!date || !model_time_parse(date, &fc.date))
		fc.date = MODEL_NO_TIME;
	free(date);
	app_open_view(a, VIEW_FORECAST, ticket_id);
	open_form(a, ticket_id, &fc);
}

bool app_forecast_edit(struct app *a)
{
	struct view *v = app_focused_view(a);
	if (!v || v->ops->kind != VIEW_FORECAST)
		return false;
	view_recalc(v);
	long i = doc_view_selected_entry(v);
	const struct forecast_list *l = &a->data.forecasts;
	if (i < 0 || (size_t)i >= l->count) {
		statusbar_set_message(&a->status, "no forecast entry here: forecast-add adds one");
		return true;
	}
	open_form(a, a->data.ticket_id, &l->items[i]);
	return true;
}
