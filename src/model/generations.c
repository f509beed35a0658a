/* One counter for every purpose's generations: distinct by construction, not by ranges. */
#include "config.h"

#include "model/generations.h"

#include <string.h>

void generations_init(struct generations *g)
{
	memset(g, 0, sizeof(*g));
}

unsigned generations_next(struct generations *g, enum generation_purpose purpose)
{
	if (++g->last == 0) /* after wrapping: 0 means "no view" */
		g->last = 1;
	g->current[purpose] = g->last;
	return g->last;
}

unsigned generations_current(const struct generations *g, enum generation_purpose purpose)
{
	return g->current[purpose];
}

bool generations_purpose_of(const struct generations *g, unsigned gen,
			    enum generation_purpose *purpose)
{
	if (gen == 0)
		return false;
	for (int p = 0; p < GENERATION_PURPOSE_COUNT; p++) {
		if (g->current[p] == gen) {
			*purpose = (enum generation_purpose)p;
			return true;
		}
	}
	return false;
}
