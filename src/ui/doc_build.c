/* The documents of the ticket panes, built from the model: detail, history, approvals,
 * to-dos and my approvals. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "text/html.h"
#include "text/safe_text.h"
#include "text/width.h"
#include "ui/doc_forecast.h"
#include "ui/doc_record.h"
#include "ui/doc_view.h"
#include "util/alloc.h"
#include "util/strbuf.h"

/* HTML read of one ticket body or note: parsing costs about a second per megabyte, so a
 * longer one is cut (at a character's start) and says so, and the pane never stalls. */
#define DOC_HTML_MAX_BYTES (512 * 1024)

/* The text of HTML (cut at DOC_HTML_MAX_BYTES) into HT; true when it was cut. */
static bool html_text_bounded(struct html_text *ht, const char *html, const struct pane_data *d)
{
	size_t len = strlen(html);
	bool is_cut = len > DOC_HTML_MAX_BYTES;
	size_t n = is_cut ? DOC_HTML_MAX_BYTES : len;
	while (is_cut && n > 0 && ((unsigned char)html[n] & 0xC0) == 0x80)
		n--;
	html_to_text(ht, html, n, d->is_ascii ? HTML_TEXT_ASCII : 0);
	return is_cut;
}

/* The note under a cut text: where it was cut, and how long it was. */
static void cut_note(struct doc *doc, const char *what, size_t len, const char *indent)
{
	char line[160];
	snprintf(line, sizeof(line), "(%s cut at %d KB of %.1f MB: open it in the browser with o)",
		 what, DOC_HTML_MAX_BYTES / 1024, (double)len / (1024 * 1024));
	doc_add_wrapped(doc, ROLE_STATUS_ERROR, line, indent);
}

/* Lines the detail gives a ticket's summary before the fields. */
#define DETAIL_TITLE_MAX_LINES 3

static const char *when(time_t t, char *buf, size_t size)
{
	struct tm tm;
	if (t == MODEL_NO_TIME || !localtime_r(&t, &tm))
		return "";
	strftime(buf, size, "%Y-%m-%d %H:%M", &tm);
	return buf;
}

static const char *or_number(const char *name, int id, char *buf, size_t size)
{
	if (name && *name)
		return name;
	if (id == MODEL_UNSET || id == 0)
		return "";
	snprintf(buf, size, "#%d", id);
	return buf;
}

/* Says why the pane is empty or old; false when there is nothing to show at all. */
static bool state_lines(struct doc *doc, const struct pane_state *ps, const char *what)
{
	char line[256];
	if (!ps->is_loaded && ps->error) {
		/* The pane has nothing else to show: all of the server's words, wrapped. */
		struct strbuf sb;
		strbuf_init(&sb);
		strbuf_appendf(&sb, "Could not load %s: %s", what, ps->error);
		doc_add_wrapped(doc, ROLE_STATUS_ERROR, sb.data, "");
		strbuf_fini(&sb);
		return false;
	}
	if (!ps->is_loaded) {
		snprintf(line, sizeof(line), "Loading %s...", what);
		doc_add(doc, ROLE_DEFAULT, line);
		return false;
	}
	if (ps->is_stale) {
		snprintf(line, sizeof(line), "(stale: %s)",
			 ps->error ? ps->error : "refresh failed");
		doc_add(doc, ROLE_STATUS_ERROR, line);
	}
	return true;
}

/* The first of two names that is set. */
static const char *pick(const char *a, const char *b)
{
	return a && *a ? a : b;
}

/* Lines of the last action's note shown under it: enough to triage, the history has all. */
#define LAST_ACTION_NOTE_LINES 2

/* The start of the last action's note, cleaned, in at most LAST_ACTION_NOTE_LINES lines
 * under the field values, the last cut with an ellipsis when there is more. */
static void last_action_note(struct doc *doc, const struct pane_data *d,
			     const struct ticket_last_action *la)
{
	const char *note = la->note_html && *la->note_html ? la->note_html : la->note;
	struct html_text ht = { 0 };
	html_text_bounded(&ht, note ? note : "", d); /* two lines show: a cut is no loss */
	char *clean = safe_text_clean(ht.text ? ht.text : "", 0);
	html_text_fini(&ht);
	const char *indent = "             "; /* under the values of doc_add_field */
	struct text_lines lines = { 0 };
	text_wrap(&lines, clean, doc->width - text_width(indent));
	for (size_t i = 0; i < lines.count && i < LAST_ACTION_NOTE_LINES; i++) {
		bool is_cut = i + 1 == LAST_ACTION_NOTE_LINES && i + 1 < lines.count;
		struct strbuf sb;
		strbuf_init(&sb);
		/* Running into the next line makes the cut add the ellipsis. */
		strbuf_appendf(&sb, "%s%s%s%s", indent, lines.lines[i], is_cut ? " " : "",
			       is_cut ? lines.lines[i + 1] : "");
		doc_add(doc, ROLE_DEFAULT, sb.data);
		strbuf_fini(&sb);
	}
	text_lines_fini(&lines);
	free(clean);
}

/* When the ticket last moved; with includelastaction's answer also who did what, and how
 * the note starts: what an agent triaging reads before opening the history. */
static void last_action(struct doc *doc, const struct pane_data *d, const struct ticket *t)
{
	char b[64];
	const struct ticket_last_action *la = &t->lastaction;
	if (!t->has_lastaction) {
		doc_add_field(doc, "Last action:", when(t->row.lastactiondate, b, sizeof(b)));
		return;
	}
	time_t at = la->datetime != MODEL_NO_TIME ? la->datetime : t->row.lastactiondate;
	struct strbuf sb;
	strbuf_init(&sb);
	strbuf_append_str(&sb, when(at, b, sizeof(b)));
	if (la->who && *la->who)
		strbuf_appendf(&sb, "%s%s", sb.len ? ", " : "", la->who);
	if (la->outcome && *la->outcome)
		strbuf_appendf(&sb, "%s%s", sb.len ? ": " : "", la->outcome);
	doc_add_field(doc, "Last action:", sb.data);
	strbuf_fini(&sb);
	last_action_note(doc, d, la);
}

static void header_fields(struct doc *doc, const struct pane_data *d, const struct ticket *t)
{
	const struct ticket_row *r = &t->row;
	const struct lookups *l = &d->lookups;
	char b[64];
	const char *status = pick(lookups_status_name(l, r->status_id), r->status_name);
	doc_add_field(doc, "Status:", or_number(status, r->status_id, b, sizeof(b)));
	const char *prio =
		pick(lookups_priority_name(l, r->priority_id, r->sla_id), r->priority_name);
	doc_add_field(doc, "Priority:", or_number(prio, r->priority_id, b, sizeof(b)));
	doc_add_field(doc, "Client:", r->client_name);
	doc_add_field(doc, "Site:", r->site_name);
	doc_add_field(doc, "User:", r->user_name);
	const char *agent = pick(lookups_agent_name(l, r->agent_id), r->agent_name);
	doc_add_field(doc, "Agent:", or_number(agent, r->agent_id, b, sizeof(b)));
	doc_add_field(doc, "Team:", r->team);
	const char *type = pick(lookups_tickettype_name(l, r->tickettype_id), t->tickettype_name);
	doc_add_field(doc, "Type:", or_number(type, r->tickettype_id, b, sizeof(b)));
	doc_add_field(doc, "Opened:", when(r->dateoccurred, b, sizeof(b)));
	last_action(doc, d, t);
	doc_add_field(doc, "Deadline:", when(r->deadlinedate, b, sizeof(b)));
	const char *sla = r->sla_state == SLA_STATE_BREACHED ? "breached"
			  : r->sla_state == SLA_STATE_WITHIN ? "within"
							     : r->sla_state_raw;
	doc_add_field(doc, "SLA:", sla);
	if (t->sla_name && *t->sla_name)
		doc_add_field(doc, "SLA plan:", t->sla_name);
}

static void details_text(struct doc *doc, const struct pane_data *d, const struct ticket *t)
{
	struct html_text ht = { 0 };
	const char *html = t->details_html ? t->details_html : "";
	bool is_cut = html_text_bounded(&ht, html, d);
	if (ht.text && *ht.text) {
		doc_add_blank(doc);
		doc_add_wrapped(doc, ROLE_DEFAULT, ht.text, "");
	}
	if (is_cut)
		cut_note(doc, "detail", strlen(html), "");
	if (ht.link_count) {
		doc_add_blank(doc);
		doc_add(doc, ROLE_TITLE, "Links");
	}
	for (size_t i = 0; i < ht.link_count; i++) {
		char num[32];
		snprintf(num, sizeof(num), "[%zu] ", i + 1);
		struct strbuf sb;
		strbuf_init(&sb);
		strbuf_appendf(&sb, "%s%s", num, ht.links[i]);
		doc_add_wrapped(doc, ROLE_DETAIL_LINK, sb.data, "");
		strbuf_fini(&sb);
	}
	html_text_fini(&ht);
}

static void custom_and_children(struct doc *doc, const struct ticket *t)
{
	if (t->n_customfields) {
		doc_add_blank(doc);
		doc_add(doc, ROLE_TITLE, "Custom fields");
	}
	for (size_t i = 0; i < t->n_customfields; i++) {
		const struct custom_field *cf = &t->customfields[i];
		char label[64];
		snprintf(label, sizeof(label), "%s:", pick(cf->label, cf->name));
		doc_add_field(doc, label, pick(cf->display, cf->value));
	}
	if (!t->n_child_ticket_ids)
		return;
	struct strbuf sb;
	strbuf_init(&sb);
	for (size_t i = 0; i < t->n_child_ticket_ids; i++)
		strbuf_appendf(&sb, "%s#%d", i ? ", " : "", t->child_ticket_ids[i]);
	doc_add_blank(doc);
	doc_add_field(doc, "Children:", sb.data);
	strbuf_fini(&sb);
}

static void build_detail(struct doc *doc, const struct pane_data *d)
{
	if (!state_lines(doc, &d->ticket_state, "the ticket") || !d->ticket)
		return;
	const struct ticket *t = d->ticket;
	char title[64];
	snprintf(title, sizeof(title), "#%d ", t->row.id);
	struct strbuf sb;
	strbuf_init(&sb);
	strbuf_appendf(&sb, "%s%s", title, t->row.summary);
	/* A summary can be any length: the fields below it must stay in view. */
	doc_add_title(doc, ROLE_TITLE, sb.data, DETAIL_TITLE_MAX_LINES);
	strbuf_fini(&sb);
	header_fields(doc, d, t);
	details_text(doc, d, t);
	custom_and_children(doc, t);
}

/* Actions newest first: indexes sorted by time, the list itself stays as it came. */
static int newest_first(const void *a, const void *b)
{
	const struct action *x = *(const struct action *const *)a;
	const struct action *y = *(const struct action *const *)b;
	if (x->datetime != y->datetime)
		return x->datetime < y->datetime ? 1 : -1;
	return x->id < y->id ? 1 : x->id > y->id ? -1 : 0;
}

static void action_lines(struct doc *doc, const struct pane_data *d, const struct action *ac)
{
	char b[64];
	struct strbuf sb;
	strbuf_init(&sb);
	strbuf_appendf(&sb, "%s  %s  %s", when(ac->datetime, b, sizeof(b)), ac->who, ac->outcome);
	doc_add(doc, ROLE_ACTION_WHO, sb.data);
	strbuf_fini(&sb);
	const char *note = ac->note_html && *ac->note_html ? ac->note_html : ac->note;
	struct html_text ht = { 0 };
	bool is_cut = html_text_bounded(&ht, note, d);
	if (ht.text && *ht.text)
		doc_add_wrapped(doc, ROLE_DEFAULT, ht.text, "  ");
	if (is_cut)
		cut_note(doc, "note", strlen(note), "  ");
	html_text_fini(&ht);
	doc_add_blank(doc);
}

static void build_history(struct doc *doc, const struct pane_data *d)
{
	if (!state_lines(doc, &d->actions_state, "the history"))
		return;
	const struct action_list *al = &d->actions;
	if (!al->count) {
		doc_add(doc, ROLE_DEFAULT, "No actions yet.");
		return;
	}
	const struct action **order = xcalloc(al->count, sizeof(*order));
	for (size_t i = 0; i < al->count; i++)
		order[i] = &al->items[i];
	qsort(order, al->count, sizeof(*order), newest_first);
	for (size_t i = 0; i < al->count; i++)
		action_lines(doc, d, order[i]);
	free(order);
}

static enum role approval_role(enum approval_result r)
{
	switch (r) {
	case APPROVAL_APPROVED:
		return ROLE_APPROVAL_APPROVED;
	case APPROVAL_REJECTED:
		return ROLE_APPROVAL_REJECTED;
	default:
		return ROLE_APPROVAL_PENDING;
	}
}

static void approval_lines(struct doc *doc, const struct approval *ap, size_t index, bool is_mine)
{
	char b[64], b2[64];
	struct strbuf sb;
	strbuf_init(&sb);
	if (is_mine)
		strbuf_appendf(&sb, "#%d %s", ap->ticket_id, ap->summary);
	else
		strbuf_appendf(&sb, "Step %d: %s", ap->seq, pick(ap->step_name, "approval"));
	strbuf_appendf(&sb, "  [%s]", approval_result_name(ap->result));
	doc_add(doc, approval_role(ap->result), sb.data);
	/* The cursor stops on every step: Enter opens any step's record; a decision on one
	 * already decided is refused with a sentence. */
	doc_mark_entry(doc, index);
	if (ap->result == APPROVAL_PENDING)
		doc_mark_start(doc);
	if (is_mine)
		doc_mark_item(doc, ap->ticket_id);
	strbuf_fini(&sb);
	doc_add_field(doc, "  Approver:", pick(ap->name, pick(ap->agent_name, ap->emailaddress)));
	if (is_mine)
		doc_add_field(doc, "  Step:", ap->step_name);
	doc_add_field(doc, "  Requested:", when(ap->datetime, b, sizeof(b)));
	doc_add_field(doc, "  Decided:", when(ap->dateapproved, b2, sizeof(b2)));
	doc_add_field(doc, "  Note:", pick(ap->approver_note, ap->note));
	doc_add_blank(doc);
}

static void build_approvals(struct doc *doc, const struct pane_state *ps,
			    const struct approval_list *list)
{
	if (!state_lines(doc, ps, "the approvals"))
		return;
	if (!list->count)
		doc_add(doc, ROLE_DEFAULT, "This ticket has no approvals.");
	for (size_t i = 0; i < list->count; i++)
		approval_lines(doc, &list->items[i], i, false);
}

bool doc_is_my_approval(const struct pane_data *d, const struct approval *ap)
{
	int me = lookups_my_agent_id(&d->lookups);
	return !d->is_my_approvals_all || me <= 0 || ap->agent_id == me;
}

/* Those that wait for my decision; with `my-approvals all` (every approval was asked for)
 * my decided ones too, below a heading. */
static void build_my_approvals(struct doc *doc, const struct pane_data *d)
{
	const struct pane_state *ps = &d->my_approvals_state;
	const struct approval_list *list = &d->my_approvals;
	bool all = d->is_my_approvals_all;
	if (!state_lines(doc, ps, "the approvals"))
		return;
	size_t n_waiting = 0, n_mine = 0;
	for (size_t i = 0; i < list->count; i++) {
		if (!doc_is_my_approval(d, &list->items[i]))
			continue;
		n_mine++;
		if (list->items[i].result == APPROVAL_PENDING) {
			approval_lines(doc, &list->items[i], i, true);
			n_waiting++;
		}
	}
	if (!n_waiting) {
		doc_add(doc, ROLE_DEFAULT, "Nothing waits for your approval.");
		doc_add_blank(doc);
	}
	if (n_waiting == n_mine || !all)
		return;
	doc_add(doc, ROLE_TITLE, "Already decided");
	doc_add(doc, ROLE_DEFAULT, "");
	for (size_t i = 0; i < list->count; i++)
		if (list->items[i].result != APPROVAL_PENDING &&
		    doc_is_my_approval(d, &list->items[i]))
			approval_lines(doc, &list->items[i], i, true);
}

static void todo_line(struct doc *doc, const struct todo *td, bool is_ascii)
{
	char b[64];
	struct strbuf sb;
	strbuf_init(&sb);
	const char *mark = td->is_done ? (is_ascii ? "[x]" : "\xE2\x9C\x93")
				       : (is_ascii ? "[ ]" : "\xE2\x97\x8B");
	strbuf_appendf(&sb, "  %s %s", mark, td->text);
	if (td->is_done && td->done_by_name && *td->done_by_name)
		strbuf_appendf(&sb, "  (%s %s)", td->done_by_name,
			       when(td->done_date, b, sizeof(b)));
	doc_add(doc, td->is_done ? ROLE_TODO_DONE : ROLE_DEFAULT, sb.data);
	strbuf_fini(&sb);
}

/* To-dos grouped by their group, groups in the order they first appear. */
static void build_todos(struct doc *doc, const struct pane_data *d)
{
	if (!state_lines(doc, &d->todos_state, "the to-dos"))
		return;
	const struct todo_list *tl = &d->todos;
	if (!tl->count)
		doc_add(doc, ROLE_DEFAULT, "This ticket has no to-dos.");
	bool *is_done = xcalloc(tl->count + 1, sizeof(bool));
	for (size_t i = 0; i < tl->count; i++) {
		if (is_done[i])
			continue;
		const char *group = tl->items[i].group_name;
		doc_add_blank(doc);
		doc_add(doc, ROLE_TITLE, *group ? group : "To-dos");
		for (size_t j = i; j < tl->count; j++) {
			if (is_done[j] || strcmp(tl->items[j].group_name, group))
				continue;
			todo_line(doc, &tl->items[j], d->is_ascii);
			doc_mark_entry(doc, j);
			is_done[j] = true;
		}
	}
	free(is_done);
}

/* An answer as it came: pretty-printed JSON, each line wrapped under its own indentation, so
 * a long value stays readable; plain text (not JSON) wrapped as it is. */
static void build_raw(struct doc *doc, const struct raw_answer *raw, const struct lookups *l)
{
	char title[96];
	int seq = raw->record == RAW_RECORD_APPROVAL ? doc_record_seq(raw) : 0;
	if (raw->record != RAW_RECORD_NONE)
		snprintf(title, sizeof(title), "#%d \xE2\x80\x94 %s %d", raw->ticket_id,
			 raw_record_title(raw->record), seq > 0 ? seq : raw->record_id);
	else if (raw->ticket_id > 0)
		snprintf(title, sizeof(title), "#%d \xE2\x80\x94 %s", raw->ticket_id,
			 raw_route_title(raw->route));
	else
		snprintf(title, sizeof(title), "%s", raw_route_title(raw->route));
	doc_add(doc, ROLE_TITLE, title);
	if (raw->record != RAW_RECORD_NONE)
		doc_mark_item(doc, raw->ticket_id); /* Enter opens the ticket */
	doc_add(doc, ROLE_DEFAULT, "");
	const char *what =
		raw->record ? raw_record_title(raw->record) : raw_route_title(raw->route);
	if (!state_lines(doc, &raw->state, what))
		return;
	if (!raw->text.count) {
		doc_add(doc, ROLE_DEFAULT, "(the server answered with nothing)");
		return;
	}
	if (raw->text.is_record) {
		doc_record_lines(doc, raw, l);
		return;
	}
	for (size_t i = 0; i < raw->text.count; i++) {
		const char *line = raw->text.lines[i];
		size_t spaces = raw->text.is_json ? strspn(line, " ") : 0;
		char indent[33];
		size_t n = spaces < sizeof(indent) - 1 ? spaces : sizeof(indent) - 1;
		memset(indent, ' ', n);
		indent[n] = '\0';
		doc_add_wrapped(doc, ROLE_DEFAULT, line + spaces, indent);
	}
}

/* One closure confirmation: its id (what closure-delete names), when, the user's answer,
 * then its texts. */
static void closure_lines(struct doc *doc, const struct closure *c, size_t index)
{
	char head[96], date[32];
	const char *answer = !c->has_result ? "no answer yet" : c->result ? "closed" : "reopen";
	const char *at = when(c->date, date, sizeof(date));
	snprintf(head, sizeof(head), "#%d  %s%s%s", c->id, at, *at ? "  " : "", answer);
	doc_add(doc, ROLE_DETAIL_LABEL, head);
	doc_mark_entry(doc, index); /* Enter opens it */
	doc_add_field(doc, "Comment:", c->comment);
	doc_add_field(doc, "Message:", c->user_message);
	doc_add_field(doc, "Key:", c->key);
	doc_add_blank(doc);
}

static void build_closures(struct doc *doc, const struct pane_data *d)
{
	if (!state_lines(doc, &d->closures_state, "closure confirmations"))
		return;
	if (!d->closures.count)
		doc_add(doc, ROLE_DEFAULT, "No closure confirmations (closure-add asks the user).");
	for (size_t i = 0; i < d->closures.count; i++)
		closure_lines(doc, &d->closures.items[i], i);
}

/* "#12 Summary — history": which ticket a pane is about, and which pane it is. The summary
 * gives way so that the pane's name always shows. */
static void pane_title(struct doc *doc, const struct pane_data *d, const char *what)
{
	char head[32], tail[64];
	snprintf(head, sizeof(head), "#%d", d->ticket_id);
	snprintf(tail, sizeof(tail), " \xE2\x80\x94 %s", what);
	struct strbuf sb;
	strbuf_init(&sb);
	strbuf_append_str(&sb, head);
	if (d->ticket && d->ticket->row.id == d->ticket_id) {
		char *clean = safe_text_clean(d->ticket->row.summary, 0);
		int room = doc->width - text_width(head) - text_width(tail) - 1;
		char *cut = text_cut(clean, room > 1 ? room : 1, TEXT_ELLIPSIS);
		strbuf_appendf(&sb, " %s", cut);
		free(cut);
		free(clean);
	}
	strbuf_append_str(&sb, tail);
	doc_add(doc, ROLE_TITLE, sb.data);
	doc_add(doc, ROLE_DEFAULT, "");
	strbuf_fini(&sb);
}

void doc_build(enum view_kind kind, struct doc *doc, const struct pane_data *d)
{
	doc_clear(doc);
	if (kind == VIEW_HISTORY)
		pane_title(doc, d, "history");
	else if (kind == VIEW_APPROVALS)
		pane_title(doc, d, "approvals");
	else if (kind == VIEW_TODOS)
		pane_title(doc, d, "to-dos");
	else if (kind == VIEW_CLOSURES)
		pane_title(doc, d, "closure confirmations");
	else if (kind == VIEW_FORECAST)
		pane_title(doc, d, "forecast");
	else if (kind == VIEW_MY_APPROVALS) {
		doc_add(doc, ROLE_TITLE, "Approvals waiting for me");
		doc_add(doc, ROLE_DEFAULT, "");
	}
	switch (kind) {
	case VIEW_DETAIL:
		build_detail(doc, d);
		break;
	case VIEW_HISTORY:
		build_history(doc, d);
		break;
	case VIEW_APPROVALS:
		build_approvals(doc, &d->approvals_state, &d->approvals);
		break;
	case VIEW_TODOS:
		build_todos(doc, d);
		break;
	case VIEW_MY_APPROVALS:
		build_my_approvals(doc, d);
		break;
	case VIEW_RAW:
		build_raw(doc, &d->raw, &d->lookups);
		break;
	case VIEW_CLOSURES:
		build_closures(doc, d);
		break;
	case VIEW_FORECAST:
		if (state_lines(doc, &d->forecasts_state, "the forecast"))
			doc_forecast_lines(doc, &d->forecasts, &d->lookups);
		break;
	default:
		break;
	}
}
