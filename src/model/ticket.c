/* Ticket rows, pages and full tickets: freeing and SLA state. */
#include "config.h"

#include "model/ticket.h"

#include <stdlib.h>
#include <string.h>

#include "model/odd_fields.h"

enum sla_state sla_state_from_text(const char *text)
{
	if (!text || !*text)
		return SLA_STATE_NONE;
	if (!strcmp(text, "I"))
		return SLA_STATE_WITHIN;
	if (!strcmp(text, "O"))
		return SLA_STATE_BREACHED;
	return SLA_STATE_OTHER;
}

void ticket_page_doubt_count(struct ticket_page *page, bool is_missing, struct odd_fields *odd)
{
	if (page->record_count > TICKET_RECORD_COUNT_MAX) {
		odd_fields_add(odd,
			       "record_count: %ld is not believed; rows are counted as pages come",
			       page->record_count);
		is_missing = true;
	}
	if (is_missing) {
		page->record_count = (long)(page->count + page->skipped);
		page->is_count_unknown = true;
	}
}

void ticket_page_free(struct ticket_page *page)
{
	if (!page)
		return;
	free(page->rows);
	arena_fini(&page->arena);
	free(page);
}

void ticket_free(struct ticket *t)
{
	if (!t)
		return;
	arena_fini(&t->arena);
	free(t);
}
