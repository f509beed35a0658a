/* The virtual ticket list: which pages of a query are loaded, asked for, or failed. */
#include "config.h"

#include "model/ticket_list.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "util/alloc.h"

struct ticket_list {
	unsigned generation;
	bool is_known;	     /* a page of this generation arrived */
	size_t record_count; /* the server's total */
	size_t page_size;    /* derived from a page's row count; 0 = unknown */
	bool is_size_exact;  /* false while only a complete single page was seen */
	size_t n_slots;	     /* length of pages/states */
	struct ticket_page **pages;
	unsigned char *states; /* enum page_state */
};

struct ticket_list *ticket_list_new(void)
{
	return xcalloc(1, sizeof(struct ticket_list));
}

static void drop_all(struct ticket_list *list)
{
	for (size_t i = 0; i < list->n_slots; i++)
		ticket_page_free(list->pages[i]);
	free(list->pages);
	free(list->states);
	list->pages = NULL;
	list->states = NULL;
	list->n_slots = 0;
}

void ticket_list_free(struct ticket_list *list)
{
	if (!list)
		return;
	drop_all(list);
	free(list);
}

unsigned ticket_list_reset(struct ticket_list *list)
{
	ticket_list_renew(list, list->generation + 1);
	return list->generation;
}

void ticket_list_renew(struct ticket_list *list, unsigned generation)
{
	drop_all(list);
	list->generation = generation;
	list->is_known = false;
	list->record_count = 0;
	list->page_size = 0;
	list->is_size_exact = false;
}

unsigned ticket_list_generation(const struct ticket_list *list)
{
	return list->generation;
}

size_t ticket_list_record_count(const struct ticket_list *list)
{
	return list->record_count;
}

bool ticket_list_is_known(const struct ticket_list *list)
{
	return list->is_known;
}

size_t ticket_list_page_size(const struct ticket_list *list)
{
	return list->page_size;
}

size_t ticket_list_page_count(const struct ticket_list *list)
{
	if (!list->page_size || !list->record_count)
		return 1;
	return (list->record_count + list->page_size - 1) / list->page_size;
}

/* Makes slots 0..N-1 exist (page numbers 1..N). */
static void ensure_slots(struct ticket_list *list, size_t n)
{
	if (n <= list->n_slots)
		return;
	list->pages = xreallocarray(list->pages, n, sizeof(*list->pages));
	list->states = xreallocarray(list->states, n, 1);
	memset(list->pages + list->n_slots, 0, (n - list->n_slots) * sizeof(*list->pages));
	memset(list->states + list->n_slots, PAGE_ABSENT, n - list->n_slots);
	list->n_slots = n;
}

const struct ticket_row *ticket_list_row(const struct ticket_list *list, size_t index)
{
	if (index >= list->record_count)
		return NULL;
	size_t slot = list->page_size ? index / list->page_size : 0;
	size_t off = list->page_size ? index % list->page_size : index;
	if (slot >= list->n_slots || !list->pages[slot])
		return NULL;
	const struct ticket_page *page = list->pages[slot];
	return off < page->count ? &page->rows[off] : NULL;
}

int ticket_list_page_for_index(const struct ticket_list *list, size_t index)
{
	if (!list->page_size)
		return 1;
	size_t page = index / list->page_size + 1;
	return page > (size_t)INT_MAX ? INT_MAX : (int)page;
}

enum page_state ticket_list_page_state(const struct ticket_list *list, int page_no)
{
	if (page_no < 1 || (size_t)page_no > list->n_slots)
		return PAGE_ABSENT;
	return (enum page_state)list->states[page_no - 1];
}

static void mark(struct ticket_list *list, int page_no, enum page_state state)
{
	if (page_no < 1 || (size_t)page_no > ticket_list_page_count(list))
		return;
	/* A loaded page stays readable while it is asked again or after a failed refresh. */
	ensure_slots(list, (size_t)page_no);
	list->states[page_no - 1] = (unsigned char)state;
}

void ticket_list_mark_in_flight(struct ticket_list *list, int page_no)
{
	mark(list, page_no, PAGE_IN_FLIGHT);
}

void ticket_list_mark_failed(struct ticket_list *list, int page_no)
{
	mark(list, page_no, PAGE_FAILED);
}

/* Works out the page size from PAGE (number PAGE_NO); false when the page contradicts it. */
static bool derive_page_size(struct ticket_list *list, int page_no, const struct ticket_page *page)
{
	/* Rows skipped for want of an id still took their places on the server's page. */
	size_t n = page->count + page->skipped, total = (size_t)page->record_count;
	size_t p = (size_t)page_no;
	if (list->page_size && (list->is_size_exact || n <= list->page_size))
		return n <= list->page_size;
	if (p == 1 && n >= total) {
		/* Everything fits on one page: the real size is at least N. */
		list->page_size = n ? n : list->page_size;
		return true;
	}
	if (n == 0 || n > total)
		return false; /* an empty page before the end tells nothing true */
	/* Page P > 1 first: a full page of N rows, or the last page of pages of size S. */
	bool is_full = p * n <= total;
	size_t s = p > 1 && (total - n) % (p - 1) == 0 ? (total - n) / (p - 1) : 0;
	bool is_last = p > 1 && s >= n;
	if (is_full && is_last && s != n)
		return false; /* both readings fit: wait for page 1 */
	if (is_full)
		list->page_size = n;
	else if (is_last)
		list->page_size = s;
	else
		return false;
	list->is_size_exact = true;
	return true;
}

/* Frees pages past the end after the total shrank. */
static void trim_slots(struct ticket_list *list)
{
	size_t keep = ticket_list_page_count(list);
	for (size_t i = keep; i < list->n_slots; i++) {
		ticket_page_free(list->pages[i]);
		list->pages[i] = NULL;
		list->states[i] = PAGE_ABSENT;
	}
}

enum status ticket_list_store_page(struct ticket_list *list, unsigned generation, int page_no,
				   struct ticket_page *page)
{
	if (generation != list->generation) {
		ticket_page_free(page);
		return STATUS_CANCELLED;
	}
	if (page_no < 1 || page->record_count < 0 || !derive_page_size(list, page_no, page)) {
		ticket_page_free(page);
		return STATUS_INVALID;
	}
	list->record_count = (size_t)page->record_count;
	list->is_known = true;
	trim_slots(list);
	if ((size_t)page_no > ticket_list_page_count(list)) {
		/* Past the end (the total shrank): nothing to show from it. */
		bool is_empty = page->count == 0;
		ticket_page_free(page);
		return is_empty ? STATUS_OK : STATUS_INVALID;
	}
	ensure_slots(list, (size_t)page_no);
	ticket_page_free(list->pages[page_no - 1]);
	list->pages[page_no - 1] = page;
	list->states[page_no - 1] = PAGE_LOADED;
	return STATUS_OK;
}

void ticket_list_drop_pages_outside(struct ticket_list *list, int first, int last)
{
	for (size_t i = 0; i < list->n_slots; i++) {
		long long page_no = (long long)i + 1;
		if (page_no >= first && page_no <= last)
			continue;
		if (list->pages[i]) {
			ticket_page_free(list->pages[i]);
			list->pages[i] = NULL;
			list->states[i] = PAGE_ABSENT;
		}
	}
}

size_t ticket_list_loaded_rows(const struct ticket_list *list)
{
	size_t n = 0;
	for (size_t i = 0; i < list->n_slots; i++)
		if (list->pages[i])
			n += list->pages[i]->count;
	return n;
}

struct ticket_row *ticket_list_find_row(struct ticket_list *list, ticket_id_t id)
{
	for (size_t i = 0; i < list->n_slots; i++) {
		struct ticket_page *page = list->pages[i];
		for (size_t r = 0; page && r < page->count; r++)
			if (page->rows[r].id == id)
				return &page->rows[r];
	}
	return NULL;
}
