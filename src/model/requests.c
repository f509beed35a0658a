/* Forecast entries and closure confirmations: list lifetimes (the other small requests own
 * nothing). */
#include "config.h"

#include "model/requests.h"

#include <stdlib.h>

void forecast_list_fini(struct forecast_list *l)
{
	if (!l)
		return;
	free(l->items);
	l->items = NULL;
	l->count = 0;
}

double forecast_list_hours(const struct forecast_list *l)
{
	double hours = 0;
	for (size_t i = 0; l && i < l->count; i++)
		hours += l->items[i].hours;
	return hours;
}

void closure_list_fini(struct closure_list *l)
{
	if (!l)
		return;
	for (size_t i = 0; i < l->count; i++) {
		free(l->items[i].key);
		free(l->items[i].comment);
		free(l->items[i].user_message);
		free(l->items[i].feedbackhtml);
	}
	free(l->items);
	l->items = NULL;
	l->count = 0;
}
