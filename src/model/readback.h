/* A write whose answer was lost, checked against the record read again afterwards. */
#ifndef HALOTUI_MODEL_READBACK_H
#define HALOTUI_MODEL_READBACK_H

#include <stddef.h>

#include "model/ticket_id.h"
#include "util/status.h"

/* What the record read again says of the write. */
enum readback_verdict {
	READBACK_DONE,	   /* every field the write set holds the value it sent */
	READBACK_NOT_DONE, /* a field holds another value: the write was not done */
	READBACK_UNSURE,   /* a field the record does not carry, or a record unreadable */
};

/* The one existing ticket the body SENT of a POST /Tickets (an array) or /Tickets/Object
 * (one object) changes: its "id". 0 when SENT is NULL, unreadable, creates one, or holds
 * several objects. */
ticket_id_t readback_ticket_of(const char *sent);

/* Compares what SENT set on ticket ID (its fields but "id" and the "_" flags; custom fields
 * by id) with RECORD, LEN bytes of GET /Tickets/{ID}'s answer. Numbers compare by value
 * (21, 21.0, "21"), dates as instants, text exactly, null with null, -1 or nothing. FIELD
 * (SIZE bytes) gets the name of the first field that differs or is missing, or "". */
enum readback_verdict readback_compare(const char *sent, ticket_id_t id, const char *record,
				       size_t len, char *field, size_t size);

/* What GET /Tickets/{ID} answered (GOT, and RECORD, LEN bytes, on STATUS_OK) says of a
 * delete of ticket ID: no such record (404, or 200 with an object without an id), done;
 * the ticket still there, not done; any other answer, unsure. */
enum readback_verdict readback_deleted(enum status got, ticket_id_t id, const char *record,
				       size_t len);

/* The ticket whose to-do a POST /ToDo body SENT ticks or unticks (one object of "id",
 * "ticket_id" and "done" alone); 0 for any other body. */
ticket_id_t readback_todo_of(const char *sent);
/* Compares the tick SENT set with its to-do in RECORD, LEN bytes of GET /ToDo?ticket_id=
 * (an array): the same tick, done; the other, not done; the to-do missing, unsure. */
enum readback_verdict readback_todo_compare(const char *sent, const char *record, size_t len);

/* The ticket whose approval step a POST /TicketApproval body SENT decides (one object of
 * "ticket_id", "seq", "result" 1 or 2, and maybe "approver_note"); 0 for any other body. */
ticket_id_t readback_approval_of(const char *sent);
/* Compares the decision SENT with RECORD, LEN bytes of GET /TicketApproval/{id} (the step
 * waiting, else the last): the same step decided so, done; waiting or decided otherwise,
 * not done; another step (the next one waiting), unsure. */
enum readback_verdict readback_approval_compare(const char *sent, const char *record, size_t len);

#endif
