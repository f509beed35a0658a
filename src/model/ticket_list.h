/* The virtual ticket list: record_count rows, of which only the pages touched cost memory. */
#ifndef HALOTUI_MODEL_TICKET_LIST_H
#define HALOTUI_MODEL_TICKET_LIST_H

#include <stdbool.h>
#include <stddef.h>

#include "model/ticket.h"
#include "util/status.h"

enum page_state {
	PAGE_ABSENT,	/* never asked, or dropped */
	PAGE_IN_FLIGHT, /* asked, no answer yet */
	PAGE_LOADED,
	PAGE_FAILED,  /* the last try failed; ask again on demand */
	PAGE_REFUSED, /* its reply was refused (too large): asked again only by a new query */
};

/* Opaque: one per list view; used by the UI thread only. */
struct ticket_list;

/* An empty list of generation 0 with nothing known. Caller owns; ticket_list_free. */
struct ticket_list *ticket_list_new(void);
void ticket_list_free(struct ticket_list *list); /* NULL-safe */

/*
 * Forgets every page, state and count (a new query): the generation goes up by one and is
 * returned. Pages of older generations offered later are refused.
 */
unsigned ticket_list_reset(struct ticket_list *list);
/* The same with GENERATION as the new one (from struct generations). */
void ticket_list_renew(struct ticket_list *list, unsigned generation);
unsigned ticket_list_generation(const struct ticket_list *list);

/* Total matches as the server last reported it; 0 until a page arrived. When the server
 * gave no believable count (missing, or above TICKET_RECORD_COUNT_MAX), the rows the pages
 * seen so far reach, plus one row that stands for more when the last of them was full. */
size_t ticket_list_record_count(const struct ticket_list *list);
/* Whether the count is open: its last row stands for rows not yet asked for. */
bool ticket_list_has_more(const struct ticket_list *list);
/* Whether any page of this generation arrived (so record_count means something). */
bool ticket_list_is_known(const struct ticket_list *list);
/* Rows per page as computed from what came back (never from what was asked); 0 = unknown. */
size_t ticket_list_page_size(const struct ticket_list *list);
/* Number of pages (1-based numbers 1..n); 1 while nothing is known. */
size_t ticket_list_page_count(const struct ticket_list *list);

/* The row at 0-based INDEX, or NULL when its page is not loaded or INDEX is out of range. */
const struct ticket_row *ticket_list_row(const struct ticket_list *list, size_t index);
/* The 1-based page that holds INDEX; 1 while the page size is unknown (ask page 1 first). */
int ticket_list_page_for_index(const struct ticket_list *list, size_t index);

enum page_state ticket_list_page_state(const struct ticket_list *list, int page_no);
/* Records that PAGE_NO was asked for (in flight) or failed. Out-of-range pages are ignored. */
void ticket_list_mark_in_flight(struct ticket_list *list, int page_no);
void ticket_list_mark_failed(struct ticket_list *list, int page_no);
void ticket_list_mark_refused(struct ticket_list *list, int page_no);

/*
 * Stores PAGE as page PAGE_NO of GENERATION; takes ownership of PAGE in every case (frees
 * it when refused). STATUS_CANCELLED: GENERATION is not the current one. STATUS_INVALID:
 * PAGE_NO < 1, or the page contradicts the page size already known. record_count is
 * updated from the page; the page size is derived from its row count.
 */
enum status ticket_list_store_page(struct ticket_list *list, unsigned generation, int page_no,
				   struct ticket_page *page);

/* Frees loaded pages outside FIRST..LAST (1-based, inclusive) to bound memory. */
void ticket_list_drop_pages_outside(struct ticket_list *list, int first, int last);
/* Number of rows currently loaded, for status lines and memory figures. */
size_t ticket_list_loaded_rows(const struct ticket_list *list);
/* The loaded row of ticket ID, to change in place (a write shown before its answer), or NULL
 * when no loaded page holds it. */
struct ticket_row *ticket_list_find_row(struct ticket_list *list, ticket_id_t id);
/* Pages the list keeps a state for (touched pages only, whatever the count says). */
size_t ticket_list_slot_count(const struct ticket_list *list);

#endif
