/* A long form's helpers: narrowing its fields as you type, a host's vetting and preview. */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "text/utf8.h"
#include "ui/form.h"
#include "ui/key.h"
#include "util/alloc.h"

static bool is_shown(const struct form *f, size_t i)
{
	return i >= f->n_fields || !f->fields[i].is_hidden;
}

/* One step to the next field shown (the send button always is); false at an end. */
static bool step_focus(struct form *f, int step, bool is_wrapping)
{
	size_t n = f->n_fields + 1; /* the send button too */
	size_t at = f->focus;
	do {
		if (step > 0 && at + 1 < n)
			at++;
		else if (step > 0 && is_wrapping)
			at = 0;
		else if (step < 0 && at > 0)
			at--;
		else if (step < 0 && is_wrapping)
			at = n - 1;
		else
			return false;
	} while (!is_shown(f, at) && at != f->focus);
	f->focus = at;
	return true;
}

void form_move_focus(struct form *f, int step, bool is_wrapping)
{
	size_t from = f->focus;
	if (!step_focus(f, step, is_wrapping) && !is_shown(f, f->focus))
		f->focus = from;
}

void form_on_vet(struct form *f, form_vet_fn *fn, void *ctx)
{
	f->vet = fn;
	f->vet_ctx = ctx;
}

void form_set_previewer(struct form *f, form_preview_fn *fn, void *ctx)
{
	f->previewer = fn;
	f->previewer_ctx = ctx;
}

void form_set_keys_hint(struct form *f, const char *text)
{
	free(f->keys_hint);
	f->keys_hint = text ? xstrdup(text) : NULL;
}

void form_set_narrowing(struct form *f, bool is_narrowing)
{
	f->is_narrowing = is_narrowing;
	if (!is_narrowing)
		form_narrow(f, "");
}

static bool field_matches(const struct form_field_def *def, const char *text)
{
	return picker_matches(def->name, text) || picker_matches(def->label, text) ||
	       (def->note && picker_matches(def->note, text));
}

/* How well FIELD's name fits TEXT: 3 the same, 2 it starts so, 1 any other match. */
static int fit(const struct form_field *field, const char *text)
{
	const char *name = field->def->name;
	size_t len = strlen(text);
	if (!strcasecmp(name, text))
		return 3;
	return !strncasecmp(name, text, len) ? 2 : 1;
}

void form_narrow(struct form *f, const char *text)
{
	strbuf_reset(&f->narrow);
	strbuf_append_str(&f->narrow, text);
	size_t best = f->n_fields;
	int best_fit = 0;
	for (size_t i = 0; i < f->n_fields; i++) {
		struct form_field *field = &f->fields[i];
		field->is_hidden = !field_matches(field->def, text);
		int n = field->is_hidden ? 0 : fit(field, text);
		if (n > best_fit) {
			best = i;
			best_fit = n;
		}
	}
	f->top = 0;
	/* Widened to every field, the focus stays where it is, to be seen among the rest;
	 * narrowed, it goes to the field whose name fits best (the button when none shows). */
	if (*text || (f->focus < f->n_fields && f->fields[f->focus].is_hidden))
		f->focus = best;
}

void form_narrow_key(struct form *f, int key)
{
	struct strbuf sb;
	strbuf_init(&sb);
	strbuf_append(&sb, f->narrow.data, f->narrow.len);
	if (key == UI_KEY_BACKSPACE) {
		size_t len = sb.len;
		/* Back over one character: its continuation bytes first. */
		while (len > 0 && ((unsigned char)sb.data[len - 1] & 0xC0) == 0x80)
			len--;
		strbuf_truncate(&sb, len > 0 ? len - 1 : 0);
	} else if (key > 0 && key < UI_KEY_NAMED) {
		char utf8[4];
		strbuf_append(&sb, utf8, utf8_encode((uint32_t)key, utf8));
	}
	form_narrow(f, sb.data);
	strbuf_fini(&sb);
}

size_t form_count_shown(const struct form *f)
{
	size_t n = 0;
	for (size_t i = 0; i < f->n_fields; i++)
		n += !f->fields[i].is_hidden;
	return n;
}
