/* The tagged tickets of the list: a set of ticket ids, kept by id so that tags outlive the
 * rows that showed them (a refresh replaces the rows, the tags stay). */
#ifndef HALOTUI_MODEL_TAG_SET_H
#define HALOTUI_MODEL_TAG_SET_H

#include <stdbool.h>
#include <stddef.h>

#include "model/ticket_id.h"

/* Ids in ascending order, no repeats. Zero-initialise or tag_set_init; tag_set_fini frees. */
struct tag_set {
	ticket_id_t *ids;
	size_t count, cap;
};

void tag_set_init(struct tag_set *s);
void tag_set_fini(struct tag_set *s);
/* Whether ID is tagged. */
bool tag_set_has(const struct tag_set *s, ticket_id_t id);
/* Tags ID (ids <= 0 are ignored); true when it was not tagged before. */
bool tag_set_add(struct tag_set *s, ticket_id_t id);
/* Untags ID; true when it was tagged. */
bool tag_set_remove(struct tag_set *s, ticket_id_t id);
/* Tags ID when it is not, untags it when it is; returns whether it is tagged now. */
bool tag_set_toggle(struct tag_set *s, ticket_id_t id);
/* Untags every ticket; returns how many were tagged. */
size_t tag_set_clear(struct tag_set *s);
/* Untags each ticket IS_GONE(CTX, id) says is gone; returns how many went. */
size_t tag_set_prune(struct tag_set *s, bool (*is_gone)(void *ctx, ticket_id_t id), void *ctx);

#endif
