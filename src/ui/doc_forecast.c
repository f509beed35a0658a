/* A ticket's forecast hours as document lines. */
#include "config.h"

#include "ui/doc_forecast.h"

#include <stdio.h>
#include <time.h>

#include "model/values.h"
#include "util/plural.h"
#include "util/strbuf.h"

void doc_forecast_hours(double hours, char *buf, size_t size)
{
	snprintf(buf, size, "%.6g", hours);
}

void doc_forecast_lines(struct doc *doc, const struct forecast_list *l, const struct lookups *lk)
{
	char hours[32], date[32];
	if (!l->count) {
		doc_add(doc, ROLE_DEFAULT, "No forecast hours (forecast-add adds an entry).");
		return;
	}
	struct strbuf sb;
	strbuf_init(&sb);
	doc_forecast_hours(forecast_list_hours(l), hours, sizeof(hours));
	strbuf_appendf(&sb, "Total: %s h in %zu %s", hours, l->count,
		       plural((long long)l->count, "entry", "entries"));
	doc_add(doc, ROLE_DETAIL_LABEL, sb.data);
	doc_add(doc, ROLE_DEFAULT, "");
	for (size_t i = 0; i < l->count; i++) {
		const struct forecast *f = &l->items[i];
		struct tm tm;
		date[0] = '\0';
		if (f->date != MODEL_NO_TIME && localtime_r(&f->date, &tm))
			strftime(date, sizeof(date), "%Y-%m-%d", &tm);
		doc_forecast_hours(f->hours, hours, sizeof(hours));
		const char *agent = f->agent_id > 0 ? lookups_agent_name(lk, f->agent_id) : NULL;
		char agent_id[32];
		snprintf(agent_id, sizeof(agent_id), "agent %d", f->agent_id);
		strbuf_reset(&sb);
		strbuf_appendf(&sb, "%-10s  %6s h  %s  #%d", *date ? date : "no date", hours,
			       agent && *agent	 ? agent
			       : f->agent_id > 0 ? agent_id
						 : "nobody",
			       f->id);
		doc_add(doc, ROLE_DEFAULT, sb.data);
		doc_mark_entry(doc, i);
	}
	strbuf_fini(&sb);
}
