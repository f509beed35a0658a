/* Generations of jobs, handed out per purpose from one counter, so no two purposes share one. */
#ifndef HALOTUI_MODEL_GENERATIONS_H
#define HALOTUI_MODEL_GENERATIONS_H

#include <stdbool.h>

/* What a generation is for: a result is applied only when it is its purpose's current one. */
enum generation_purpose {
	GENERATION_LIST,	 /* the ticket list's query (its pages) */
	GENERATION_DETAIL,	 /* the jobs about the ticket in focus */
	GENERATION_MY_APPROVALS, /* the approvals waiting on the signed-in agent */
	GENERATION_RAW,		 /* the answer the raw pane shows */
	GENERATION_WRITE,	 /* one per write: the key its result comes back with */
	GENERATION_VIEW_COUNT,	 /* one per count of a view tab: the key its answer comes with */
	GENERATION_PURPOSE_COUNT
};

/*
 * The allocator. Generation 0 is never handed out: it stays the worker's "belongs to no
 * view, never cancelled" (lookups). Plain data, zero-initialised or generations_init'ed.
 */
struct generations {
	unsigned last;				    /* the last one handed out */
	unsigned current[GENERATION_PURPOSE_COUNT]; /* 0: none yet */
};

void generations_init(struct generations *g);
/* A generation never handed out before (to any purpose), never 0; it becomes PURPOSE's
 * current one. */
unsigned generations_next(struct generations *g, enum generation_purpose purpose);
/* PURPOSE's current generation; 0 when it has none yet. */
unsigned generations_current(const struct generations *g, enum generation_purpose purpose);
/* Which purpose GEN is the current generation of, into *PURPOSE; false when it is of none
 * (0, or superseded: its result is stale). */
bool generations_purpose_of(const struct generations *g, unsigned gen,
			    enum generation_purpose *purpose);

#endif
