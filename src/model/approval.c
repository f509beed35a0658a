/* Approvals: result codes and list lookup. */
#include "config.h"

#include "model/approval.h"

enum approval_result approval_result_from_int(int raw)
{
	switch (raw) {
	case MODEL_UNSET:
	case 0:
		return APPROVAL_PENDING;
	case 1:
		return APPROVAL_APPROVED;
	case 2:
		return APPROVAL_REJECTED;
	default:
		return APPROVAL_OTHER;
	}
}

int approval_result_to_int(enum approval_result result)
{
	switch (result) {
	case APPROVAL_PENDING:
		return 0;
	case APPROVAL_APPROVED:
		return 1;
	case APPROVAL_REJECTED:
		return 2;
	case APPROVAL_OTHER:
		break;
	}
	return -1;
}

const char *approval_result_name(enum approval_result result)
{
	switch (result) {
	case APPROVAL_PENDING:
		return "pending";
	case APPROVAL_APPROVED:
		return "approved";
	case APPROVAL_REJECTED:
		return "rejected";
	case APPROVAL_OTHER:
		break;
	}
	return "other";
}

void approval_list_fini(struct approval_list *list)
{
	if (!list)
		return;
	arena_fini(&list->arena);
	list->items = NULL;
	list->count = 0;
}

const struct approval *approval_list_find(const struct approval_list *list, ticket_id_t ticket_id,
					  int seq)
{
	for (size_t i = 0; list && i < list->count; i++)
		if (list->items[i].ticket_id == ticket_id && list->items[i].seq == seq)
			return &list->items[i];
	return NULL;
}
