/* The virtual ticket list: which pages of a query are loaded, asked for, or failed. */
#include "config.h"

#include "model/ticket_list.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "util/alloc.h"

/* One page that was touched: asked for, loaded or failed. Pages never touched cost nothing,
 * so a server's count of pages (however large) costs no memory. */
struct page_slot {
	int page_no;
	unsigned char state; /* enum page_state */
	struct ticket_page *page;
};

struct ticket_list {
	unsigned generation;
	bool is_known;	     /* a page of this generation arrived */
	size_t record_count; /* the server's total; in open mode the rows seen (+1 for more) */
	size_t page_size;    /* derived from a page's row count; 0 = unknown */
	bool is_size_exact;  /* false while only a complete single page was seen */
	bool is_open;	     /* no believable count came: rows are counted as pages come */
	bool has_more;	     /* open mode: the last page seen was full, one row stands for more */
	size_t n_slots, cap; /* slots in use / allocated */
	struct page_slot *slots; /* sorted by page_no */
};

struct ticket_list *ticket_list_new(void)
{
	return xcalloc(1, sizeof(struct ticket_list));
}

static void drop_all(struct ticket_list *list)
{
	for (size_t i = 0; i < list->n_slots; i++)
		ticket_page_free(list->slots[i].page);
	free(list->slots);
	list->slots = NULL;
	list->n_slots = list->cap = 0;
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
	list->is_open = false;
	list->has_more = false;
}

unsigned ticket_list_generation(const struct ticket_list *list)
{
	return list->generation;
}

size_t ticket_list_record_count(const struct ticket_list *list)
{
	return list->record_count;
}

bool ticket_list_has_more(const struct ticket_list *list)
{
	return list->is_open && list->has_more;
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

/* The index of the first slot whose page_no is PAGE_NO or more. */
static size_t slot_lower(const struct ticket_list *list, int page_no)
{
	size_t lo = 0, hi = list->n_slots;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (list->slots[mid].page_no < page_no)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

static struct page_slot *slot_find(const struct ticket_list *list, int page_no)
{
	size_t i = slot_lower(list, page_no);
	return i < list->n_slots && list->slots[i].page_no == page_no ? &list->slots[i] : NULL;
}

/* The slot of PAGE_NO, made (absent, no page) when it was not there. */
static struct page_slot *slot_get(struct ticket_list *list, int page_no)
{
	size_t i = slot_lower(list, page_no);
	if (i < list->n_slots && list->slots[i].page_no == page_no)
		return &list->slots[i];
	if (list->n_slots == list->cap) {
		list->cap = list->cap ? list->cap * 2 : 8;
		list->slots = xreallocarray(list->slots, list->cap, sizeof(*list->slots));
	}
	memmove(&list->slots[i + 1], &list->slots[i], (list->n_slots - i) * sizeof(*list->slots));
	list->n_slots++;
	list->slots[i] = (struct page_slot){ .page_no = page_no, .state = PAGE_ABSENT };
	return &list->slots[i];
}

/* Frees slot I's page and forgets the slot. */
static void slot_drop(struct ticket_list *list, size_t i)
{
	ticket_page_free(list->slots[i].page);
	memmove(&list->slots[i], &list->slots[i + 1],
		(list->n_slots - i - 1) * sizeof(*list->slots));
	list->n_slots--;
}

const struct ticket_row *ticket_list_row(const struct ticket_list *list, size_t index)
{
	if (index >= list->record_count)
		return NULL;
	size_t slot = list->page_size ? index / list->page_size : 0;
	size_t off = list->page_size ? index % list->page_size : index;
	if (slot >= (size_t)INT_MAX)
		return NULL;
	const struct page_slot *ps = slot_find(list, (int)slot + 1);
	if (!ps || !ps->page)
		return NULL;
	return off < ps->page->count ? &ps->page->rows[off] : NULL;
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
	const struct page_slot *ps = slot_find(list, page_no);
	return ps ? (enum page_state)ps->state : PAGE_ABSENT;
}

static void mark(struct ticket_list *list, int page_no, enum page_state state)
{
	if (page_no < 1 || (size_t)page_no > ticket_list_page_count(list))
		return;
	/* A loaded page stays readable while it is asked again or after a failed refresh. */
	slot_get(list, page_no)->state = (unsigned char)state;
}

void ticket_list_mark_in_flight(struct ticket_list *list, int page_no)
{
	mark(list, page_no, PAGE_IN_FLIGHT);
}

void ticket_list_mark_failed(struct ticket_list *list, int page_no)
{
	mark(list, page_no, PAGE_FAILED);
}

void ticket_list_mark_refused(struct ticket_list *list, int page_no)
{
	mark(list, page_no, PAGE_REFUSED);
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
	while (list->n_slots && (size_t)list->slots[list->n_slots - 1].page_no > keep)
		slot_drop(list, list->n_slots - 1);
}

/* Open mode (no believable count): the page size comes from page 1, and the count from how
 * far the pages reach. */
static bool count_open_page(struct ticket_list *list, int page_no, const struct ticket_page *page)
{
	size_t n = page->count + page->skipped, p = (size_t)page_no;
	if (!list->page_size) {
		if (p != 1)
			return false; /* nothing to measure a later page by */
		/* The wrapper's page_size is not trusted: page 1 is full by definition, and
		 * page 2 (empty when it was all) tells. */
		list->page_size = n;
	}
	if (n > list->page_size)
		return false;
	if (!list->page_size) { /* page 1 empty: nothing matches */
		list->record_count = 0;
		list->has_more = false;
		return true;
	}
	size_t end = (p - 1) * list->page_size + n;
	if (n == list->page_size) {
		/* A full page: there may be more, shown as one row still to come. */
		if (end + 1 >= list->record_count) {
			list->record_count = end + 1;
			list->has_more = true;
		}
	} else {
		list->record_count = end; /* a short page is the last one */
		list->has_more = false;
	}
	return true;
}

enum status ticket_list_store_page(struct ticket_list *list, unsigned generation, int page_no,
				   struct ticket_page *page)
{
	if (generation != list->generation) {
		ticket_page_free(page);
		return STATUS_CANCELLED;
	}
	bool ok = page_no >= 1 && page->record_count >= 0;
	if (ok && page->is_count_unknown) {
		ok = count_open_page(list, page_no, page);
		list->is_open = ok || list->is_open;
	} else if (ok) {
		ok = derive_page_size(list, page_no, page);
		if (ok) {
			list->record_count = (size_t)page->record_count;
			list->is_open = list->has_more = false;
		}
	}
	if (!ok) {
		ticket_page_free(page);
		return STATUS_INVALID;
	}
	list->is_known = true;
	trim_slots(list);
	if ((size_t)page_no > ticket_list_page_count(list) ||
	    (list->is_open && page->count + page->skipped == 0)) {
		/* Past the end (the total shrank): nothing to show from it. */
		bool is_empty = page->count == 0;
		ticket_page_free(page);
		return is_empty ? STATUS_OK : STATUS_INVALID;
	}
	struct page_slot *ps = slot_get(list, page_no);
	ticket_page_free(ps->page);
	ps->page = page;
	ps->state = PAGE_LOADED;
	return STATUS_OK;
}

void ticket_list_drop_pages_outside(struct ticket_list *list, int first, int last)
{
	for (size_t i = list->n_slots; i-- > 0;) {
		struct page_slot *ps = &list->slots[i];
		if (ps->page_no >= first && ps->page_no <= last)
			continue;
		if (ps->page)
			slot_drop(list, i);
	}
}

size_t ticket_list_loaded_rows(const struct ticket_list *list)
{
	size_t n = 0;
	for (size_t i = 0; i < list->n_slots; i++)
		if (list->slots[i].page)
			n += list->slots[i].page->count;
	return n;
}

struct ticket_row *ticket_list_find_row(struct ticket_list *list, ticket_id_t id)
{
	for (size_t i = 0; i < list->n_slots; i++) {
		struct ticket_page *page = list->slots[i].page;
		for (size_t r = 0; page && r < page->count; r++)
			if (page->rows[r].id == id)
				return &page->rows[r];
	}
	return NULL;
}

size_t ticket_list_slot_count(const struct ticket_list *list)
{
	return list->n_slots;
}
