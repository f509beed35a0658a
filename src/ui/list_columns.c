/* The ticket list's columns: names, headings, default widths, sort fields, cell text. */
#include "config.h"

#include "ui/list_columns.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "text/safe_text.h"
#include "text/width.h"
#include "util/alloc.h"
#include "util/strbuf.h"

static const struct {
	const char *name, *title, *sort_field;
	int width; /* default; 0 stretches */
} column_table[COL_COUNT] = {
	[COL_ID] = { "id", "ID", "id", 7 },
	[COL_SUMMARY] = { "summary", "Summary", "summary", 0 },
	[COL_STATUS] = { "status", "Status", "status_id", 12 },
	[COL_PRIORITY] = { "priority", "Priority", "priority_id", 10 },
	[COL_CLIENT] = { "client", "Client", "client_name", 16 },
	[COL_SITE] = { "site", "Site", "site_name", 14 },
	[COL_USER] = { "user", "User", "user_name", 14 },
	[COL_AGENT] = { "agent", "Agent", "agent_id", 14 },
	[COL_TEAM] = { "team", "Team", "team", 12 },
	[COL_TYPE] = { "type", "Type", "tickettype_id", 12 },
	[COL_OPENED] = { "opened", "Opened", "dateoccurred", 16 },
	[COL_LAST_ACTION] = { "lastaction", "Last action", "lastactiondate", 16 },
	[COL_DEADLINE] = { "deadline", "Deadline", "deadlinedate", 16 },
	[COL_SLA] = { "sla", "SLA", "slaresponsestate", 8 },
	[COL_AGE] = { "age", "Age", "dateoccurred", 5 },
	[COL_FLAGS] = { "flags", "", NULL, 4 },
};

/* Other spellings the `columns` setting accepts (Halo's own field names). */
static const struct {
	const char *alias;
	enum list_column_id id;
} column_aliases[] = {
	{ "lastactiondate", COL_LAST_ACTION },
	{ "last_action", COL_LAST_ACTION },
	{ "dateoccurred", COL_OPENED },
	{ "deadlinedate", COL_DEADLINE },
	{ "tickettype", COL_TYPE },
	{ "client_name", COL_CLIENT },
	{ "site_name", COL_SITE },
	{ "user_name", COL_USER },
};

static bool column_by_name(const char *name, size_t len, enum list_column_id *out)
{
	for (int i = 0; i < COL_COUNT; i++)
		if (strlen(column_table[i].name) == len &&
		    !strncmp(column_table[i].name, name, len))
			return *out = (enum list_column_id)i, true;
	for (size_t i = 0; i < sizeof(column_aliases) / sizeof(column_aliases[0]); i++)
		if (strlen(column_aliases[i].alias) == len &&
		    !strncmp(column_aliases[i].alias, name, len))
			return *out = column_aliases[i].id, true;
	return false;
}

static void add_column(struct list_columns *cols, const char *item, size_t len)
{
	const char *colon = memchr(item, ':', len);
	size_t name_len = colon ? (size_t)(colon - item) : len;
	enum list_column_id id;
	if (cols->count == LIST_MAX_COLUMNS || !column_by_name(item, name_len, &id))
		return;
	struct list_column *c = &cols->col[cols->count++];
	memset(c, 0, sizeof(*c));
	c->id = id;
	c->width = column_table[id].width;
	if (colon && colon[1] == '*')
		c->width = 0;
	else if (colon)
		c->width = atoi(colon + 1);
	c->is_stretch = c->width <= 0;
}

bool list_columns_check(const char *spec, char *err, size_t size)
{
	for (const char *p = spec ? spec : ""; *p;) {
		size_t len = strcspn(p, ","), name_len = strcspn(p, ",:");
		enum list_column_id id;
		if (name_len > 0 && !column_by_name(p, name_len, &id)) {
			struct strbuf sb;
			strbuf_init(&sb);
			for (int i = 0; i < COL_COUNT; i++)
				strbuf_appendf(&sb, "%s%s", i ? ", " : "", column_table[i].name);
			snprintf(err, size, "unknown column '%.*s' (columns: %s)", (int)name_len, p,
				 sb.data);
			strbuf_fini(&sb);
			return false;
		}
		p += len + (p[len] == ',');
	}
	return true;
}

static bool is_sort_field(const char *name, size_t len)
{
	for (int i = 0; i < COL_COUNT; i++) {
		const char *f = column_table[i].sort_field;
		if (f && strlen(f) == len && !strncmp(f, name, len))
			return true;
	}
	return false;
}

/* The distinct sort fields of the column table, for messages. */
static void list_sort_fields(struct strbuf *sb)
{
	for (int i = 0; i < COL_COUNT; i++) {
		const char *f = column_table[i].sort_field;
		bool is_seen = !f;
		for (int j = 0; j < i && !is_seen; j++)
			is_seen = column_table[j].sort_field &&
				  !strcmp(column_table[j].sort_field, f);
		if (!is_seen)
			strbuf_appendf(sb, "%s%s", sb->len ? ", " : "", f);
	}
}

bool list_sort_check(const char *spec, char *err, size_t size)
{
	for (const char *p = spec ? spec : ""; *p;) {
		size_t len = strcspn(p, ", "), name_len = strcspn(p, ",: ");
		const char *suffix = p + name_len;
		size_t suffix_len = len - name_len;
		bool is_suffix_ok = suffix_len == 0 ||
				    (suffix_len == 5 && !strncmp(suffix, ":desc", 5)) ||
				    (suffix_len == 4 && !strncmp(suffix, ":asc", 4));
		if (len > 0 && (!is_sort_field(p, name_len) || !is_suffix_ok)) {
			struct strbuf sb;
			strbuf_init(&sb);
			list_sort_fields(&sb);
			snprintf(err, size,
				 "unknown sort key '%.*s' (keys: %s, each may end :desc)", (int)len,
				 p, sb.data);
			strbuf_fini(&sb);
			return false;
		}
		p += len;
		p += strspn(p, ", ");
	}
	return true;
}

bool list_columns_parse(struct list_columns *cols, const char *spec)
{
	memset(cols, 0, sizeof(*cols));
	for (const char *p = spec ? spec : ""; *p;) {
		size_t len = strcspn(p, ",");
		add_column(cols, p, len);
		p += len + (p[len] == ',');
	}
	if (cols->count > 0) {
		/* Unread, flagged, on hold and breached always show as glyphs, not colour alone:
		 * the glyph column comes first unless the setting places it. */
		bool has_flags = false;
		for (int i = 0; i < cols->count; i++)
			has_flags |= cols->col[i].id == COL_FLAGS;
		if (!has_flags && cols->count < LIST_MAX_COLUMNS) {
			memmove(&cols->col[1], &cols->col[0],
				(size_t)cols->count * sizeof(cols->col[0]));
			cols->count++;
			memset(&cols->col[0], 0, sizeof(cols->col[0]));
			cols->col[0].id = COL_FLAGS;
			cols->col[0].width = column_table[COL_FLAGS].width;
		}
		return true;
	}
	list_columns_parse(cols, "flags,id,summary:*,status,priority,agent,lastaction");
	return false;
}

/* Cells the fixed columns and the blanks between shown columns take. */
static int fixed_width(const struct list_columns *cols, const bool *is_hidden, int stretch)
{
	int fixed = 0, shown = 0;
	for (int i = 0; i < cols->count; i++) {
		if (is_hidden[i])
			continue;
		if (i != stretch)
			fixed += cols->col[i].is_stretch ? 0 : cols->col[i].width;
		shown++;
	}
	return fixed + (shown > 0 ? shown - 1 : 0);
}

/* Lays the columns out in WIDTH_COLS; returns how many of them got no room. */
static int lay_out(struct list_columns *cols, int width_cols)
{
	bool is_hidden[LIST_MAX_COLUMNS] = { false };
	int stretch = -1, dropped = 0;
	for (int i = 0; i < cols->count && stretch < 0; i++)
		if (cols->col[i].is_stretch)
			stretch = i;
	/* The stretching column (the summary) matters most: the rightmost other columns give
	 * way until it has a third of the width, or 30 cells. */
	int want = width_cols / 3 < 30 ? width_cols / 3 : 30;
	for (int i = cols->count - 1; stretch >= 0 && i > stretch; i--) {
		if (width_cols - fixed_width(cols, is_hidden, stretch) >= want)
			break;
		is_hidden[i] = true;
	}
	int left = width_cols - fixed_width(cols, is_hidden, stretch), x = 0;
	for (int i = 0; i < cols->count; i++) {
		struct list_column *c = &cols->col[i];
		int w = i == stretch ? (left > 8 ? left : 8) : c->is_stretch ? 0 : c->width;
		int room = width_cols - x - (x > 0);
		c->shown_width = is_hidden[i] ? 0 : w <= room ? w : (room > 0 ? room : 0);
		if (c->shown_width > 0)
			x += c->shown_width + (x > 0);
		dropped += c->shown_width == 0 && (w > 0 || is_hidden[i]);
	}
	return dropped;
}

void list_columns_fit(struct list_columns *cols, int width_cols)
{
	cols->width = width_cols;
	cols->dropped = lay_out(cols, width_cols);
	/* Columns left out are said at the right of the headings ("+2"): that mark gets room
	 * of its own, which may leave out one more. */
	for (int tries = 0; cols->dropped > 0 && tries < 2; tries++) {
		char mark[16];
		int mark_w = snprintf(mark, sizeof(mark), " +%d", cols->dropped);
		cols->dropped = lay_out(cols, width_cols - mark_w);
	}
}

const char *list_column_title(enum list_column_id id)
{
	return (unsigned)id < COL_COUNT ? column_table[id].title : "";
}

const char *list_column_sort_field(enum list_column_id id)
{
	return (unsigned)id < COL_COUNT ? column_table[id].sort_field : NULL;
}

static void format_time(time_t t, char *buf, size_t size)
{
	struct tm tm;
	if (t == MODEL_NO_TIME || !localtime_r(&t, &tm))
		snprintf(buf, size, "%s", "");
	else
		strftime(buf, size, "%Y-%m-%d %H:%M", &tm);
}

static void format_age(time_t t, char *buf, size_t size)
{
	if (t == MODEL_NO_TIME) {
		snprintf(buf, size, "%s", "");
		return;
	}
	long s = (long)difftime(time(NULL), t);
	if (s < 3600)
		snprintf(buf, size, "%ldm", s < 0 ? 0 : s / 60);
	else if (s < 86400)
		snprintf(buf, size, "%ldh", s / 3600);
	else
		snprintf(buf, size, "%ldd", s / 86400);
}

static void format_flags(const struct pane_data *d, const struct ticket_row *r, char *buf,
			 size_t size)
{
	/* Glyphs, not colour alone: unread, flagged, on hold, SLA breached. */
	const char *unread = d->is_ascii ? "*" : "\xE2\x80\xA2";
	const char *flag = d->is_ascii ? "F" : "\xE2\x9A\x91";
	const char *hold = d->is_ascii ? "H" : "\xE2\x80\x96";
	snprintf(buf, size, "%s%s%s%s", r->has_is_read && !r->is_read ? unread : " ",
		 r->is_flagged ? flag : " ", r->is_onhold ? hold : " ",
		 r->sla_state == SLA_STATE_BREACHED ? "!" : " ");
}

static const char *name_or_number(const char *name, const char *fallback, int id, char *num,
				  size_t size)
{
	if (name && *name)
		return name;
	if (fallback && *fallback)
		return fallback;
	if (id == MODEL_UNSET || id == 0)
		return "";
	snprintf(num, size, "#%d", id);
	return num;
}

static const char *sla_text(const struct ticket_row *r)
{
	switch (r->sla_state) {
	case SLA_STATE_WITHIN:
		return "ok";
	case SLA_STATE_BREACHED:
		return "breached";
	case SLA_STATE_OTHER:
		return r->sla_state_raw;
	default:
		return "";
	}
}

/* The raw (not yet cleaned) text of a column that holds server text or a name. */
static const char *raw_text(enum list_column_id id, const struct pane_data *d,
			    const struct ticket_row *r, char *num, size_t size)
{
	const struct lookups *l = &d->lookups;
	switch (id) {
	case COL_SUMMARY:
		return r->summary;
	case COL_STATUS:
		return name_or_number(lookups_status_name(l, r->status_id), r->status_name,
				      r->status_id, num, size);
	case COL_PRIORITY:
		return name_or_number(lookups_priority_name(l, r->priority_id, r->sla_id),
				      r->priority_name, r->priority_id, num, size);
	case COL_CLIENT:
		return name_or_number(r->client_name, lookups_client_name(l, r->client_id),
				      r->client_id, num, size);
	case COL_SITE:
		return r->site_name;
	case COL_USER:
		return r->user_name;
	case COL_AGENT:
		return name_or_number(lookups_agent_name(l, r->agent_id), r->agent_name,
				      r->agent_id, num, size);
	case COL_TEAM:
		return r->team;
	case COL_TYPE:
		return name_or_number(lookups_tickettype_name(l, r->tickettype_id), NULL,
				      r->tickettype_id, num, size);
	case COL_SLA:
		return sla_text(r);
	default:
		return "";
	}
}

/* How cut text ends: "…", or "~" with ASCII line graphics. */
static const char *ellipsis(const struct pane_data *d)
{
	return d->is_ascii ? TEXT_ELLIPSIS_ASCII : TEXT_ELLIPSIS;
}

void list_column_heading(enum list_column_id id, const struct pane_data *d, int width_cols,
			 char *buf, size_t size)
{
	const char *field = list_column_sort_field(id);
	const char *arrow = "";
	if (field && d->sort.field[0] && !strcmp(field, d->sort.field[0]) && id != COL_AGE)
		arrow = d->sort.is_desc[0] ? (d->is_ascii ? "v" : "\xE2\x96\xBC")
					   : (d->is_ascii ? "^" : "\xE2\x96\xB2");
	/* The arrow says the order: in a narrow column the title gives way, not the arrow. */
	int arrow_w = *arrow ? text_width(arrow) + 1 : 0;
	char *title = width_cols > arrow_w
			      ? text_cut(list_column_title(id), width_cols - arrow_w, ellipsis(d))
			      : xstrdup("");
	snprintf(buf, size, "%s%s%s", title, *arrow && *title ? " " : "", arrow);
	free(title);
}

void list_column_cell(enum list_column_id id, const struct pane_data *d,
		      const struct ticket_row *row, int width_cols, char *buf, size_t size)
{
	list_column_text(id, d, row, buf, size);
	if (text_width(buf) <= width_cols)
		return;
	char *cut = text_cut(buf, width_cols, ellipsis(d));
	snprintf(buf, size, "%s", cut);
	free(cut);
}

void list_columns_dropped_mark(const struct list_columns *cols, char *buf, size_t size)
{
	if (cols->dropped > 0)
		snprintf(buf, size, "+%d", cols->dropped);
	else
		snprintf(buf, size, "%s", "");
}

void list_column_text(enum list_column_id id, const struct pane_data *d, const struct ticket_row *r,
		      char *buf, size_t size)
{
	char num[32];
	switch (id) {
	case COL_ID:
		/* A change still out shows a pencil before the id, a refused one a cross; a row
		 * new or changed since last seen, a star beside them. */
		snprintf(buf, size, "%s%s%d",
			 pending_is_out(&d->pending, r->id) ? (d->is_ascii ? "~" : "\xE2\x9C\x8E")
			 : pending_has_failed(&d->pending, r->id)
				 ? (d->is_ascii ? "x" : "\xE2\x9C\x97")
				 : "",
			 seen_rows_is_new(d->seen, r->id) ? (d->is_ascii ? "+" : "\xE2\x9C\xA6")
							  : "",
			 r->id);
		return;
	case COL_OPENED:
		format_time(r->dateoccurred, buf, size);
		return;
	case COL_LAST_ACTION:
		format_time(r->lastactiondate, buf, size);
		return;
	case COL_DEADLINE:
		format_time(r->deadlinedate, buf, size);
		return;
	case COL_AGE:
		format_age(r->dateoccurred, buf, size);
		return;
	case COL_FLAGS:
		format_flags(d, r, buf, size);
		return;
	default:
		break;
	}
	const char *raw = raw_text(id, d, r, num, sizeof(num));
	struct strbuf sb;
	strbuf_init(&sb);
	safe_text_append(&sb, raw ? raw : "", strlen(raw ? raw : ""), 0);
	snprintf(buf, size, "%s", sb.data);
	strbuf_fini(&sb);
}
