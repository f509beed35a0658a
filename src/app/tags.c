/* The tag commands: toggle, tag by pattern, untag all; and keeping tags to the list's tickets. */
#include "config.h"

#include "app/tags.h"

#include <stdio.h>

#include "app/app.h"
#include "app/ticket_commands.h"
#include "model/row_match.h"
#include "ui/list_view.h"
#include "util/plural.h"
#include "util/strbuf.h"

void app_tags_changed(struct app *a)
{
	statusbar_set_tagged(&a->status, (int)a->data.tags.count);
	for (size_t i = 0; i < a->depth; i++)
		if (a->stack[i]->ops == &list_view_ops)
			view_mark_dirty(a->stack[i]);
}

void app_tag_selected(struct app *a)
{
	ticket_id_t id = app_selected_ticket(a);
	if (id <= 0) {
		statusbar_set_error(&a->status, "no ticket selected to tag");
		return;
	}
	tag_set_toggle(&a->data.tags, id);
	app_tags_changed(a);
	struct view *v = app_focused_view(a);
	if (v && v->ops == &list_view_ops)
		app_command(a, CMD_MOVE_DOWN);
}

/* Whether every page of the list is in, none on its way and no row stands for more. */
static bool is_list_whole(const struct ticket_list *list)
{
	if (!ticket_list_is_known(list) || ticket_list_has_more(list))
		return false;
	size_t pages = ticket_list_page_count(list);
	for (size_t p = 1; p <= pages; p++)
		if (ticket_list_page_state(list, (int)p) != PAGE_LOADED)
			return false;
	return true;
}

bool app_tag_pattern(struct app *a, const char *pattern, char *err, size_t errlen)
{
	struct row_match m;
	row_match_init(&m);
	row_match_parse(&m, pattern ? pattern : "");
	if (row_match_is_empty(&m)) {
		row_match_fini(&m);
		snprintf(err, errlen, "usage: %s %s", command_name(CMD_TAG_PATTERN),
			 command_usage(CMD_TAG_PATTERN));
		return false;
	}
	struct ticket_list *list = a->data.list;
	size_t n = ticket_list_record_count(list), added = 0, matched = 0;
	struct strbuf hay;
	strbuf_init(&hay);
	for (size_t i = 0; i < n; i++) {
		const struct ticket_row *row = ticket_list_row(list, i);
		if (!row)
			continue;
		strbuf_reset(&hay);
		row_match_haystack(row, &a->data.lookups, &hay);
		if (!row_match_test(&m, hay.data))
			continue;
		matched++;
		added += tag_set_add(&a->data.tags, row->id);
	}
	strbuf_fini(&hay);
	row_match_fini(&m);
	char msg[512];
	snprintf(msg, sizeof(msg), "%zu %s %s, %zu newly tagged%s", matched,
		 plural((long long)matched, "row matches", "rows match"), pattern, added,
		 is_list_whole(list) ? "" : " (rows not loaded yet were not looked at)");
	statusbar_set_message(&a->status, msg);
	app_tags_changed(a);
	return true;
}

void app_untag_all(struct app *a)
{
	size_t n = tag_set_clear(&a->data.tags);
	char msg[128];
	snprintf(msg, sizeof(msg), "%zu %s untagged", n, plural((long long)n, "ticket", "tickets"));
	statusbar_set_message(&a->status, msg);
	app_tags_changed(a);
}

static bool is_gone(void *ctx, ticket_id_t id)
{
	return ticket_list_find_row(ctx, id) == NULL;
}

void app_tags_list_changed(struct app *a)
{
	if (a->data.tags.count == 0 || !is_list_whole(a->data.list))
		return;
	if (tag_set_prune(&a->data.tags, is_gone, a->data.list))
		app_tags_changed(a);
}
