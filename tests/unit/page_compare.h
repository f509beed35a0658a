/* Field-by-field comparison of two ticket pages, for tests that compare the two readers. */
#ifndef HALOTUI_TESTS_PAGE_COMPARE_H
#define HALOTUI_TESTS_PAGE_COMPARE_H

#include <string.h>

#include "model/ticket.h"
#include "model/ticket_scan.h"

static inline bool row_field_same(const struct jf_field *f, const struct ticket_row *a,
				  const struct ticket_row *b)
{
	const char *pa = (const char *)a + f->offset, *pb = (const char *)b + f->offset;
	switch (f->kind) {
	case JF_STR:
		return strcmp(*(const char *const *)pa, *(const char *const *)pb) == 0;
	case JF_TIME:
		return *(const time_t *)pa == *(const time_t *)pb;
	case JF_BOOL:
		return *(const bool *)pa == *(const bool *)pb;
	default:
		return *(const int *)pa == *(const int *)pb;
	}
}

/* NULL when A and B hold the same values, else the name of the first that differs. */
static inline const char *ticket_page_difference(const struct ticket_page *a,
						 const struct ticket_page *b)
{
	if (a->page_no != b->page_no || a->page_size_field != b->page_size_field)
		return "page_no/page_size";
	if (a->record_count != b->record_count)
		return "record_count";
	if (a->count != b->count || a->skipped != b->skipped)
		return "count/skipped";
	for (size_t i = 0; i < a->count; i++) {
		const struct ticket_row *ra = &a->rows[i], *rb = &b->rows[i];
		if (ra->id != rb->id || ra->has_is_read != rb->has_is_read ||
		    ra->sla_state != rb->sla_state)
			return "id/has_is_read/sla_state";
		for (size_t f = 0; f < ticket_row_field_count; f++)
			if (!row_field_same(&ticket_row_fields[f], ra, rb))
				return ticket_row_fields[f].key;
	}
	return NULL;
}

#endif
