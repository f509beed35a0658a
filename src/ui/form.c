/* The form's state and keys: moving between fields, editing, picking, checking, sending. */
#include "config.h"

#include "ui/form.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ui/key.h"
#include "util/alloc.h"

static void value_clear(struct form_value *v)
{
	free(v->text);
	free(v->ids);
	memset(v, 0, sizeof(*v));
}

static void value_copy(struct form_value *dst, const struct form_value *src)
{
	value_clear(dst);
	*dst = *src;
	dst->text = src->text ? xstrdup(src->text) : NULL;
	dst->ids = NULL;
	if (src->n_ids) {
		dst->ids = xcalloc(src->n_ids, sizeof(*dst->ids));
		memcpy(dst->ids, src->ids, src->n_ids * sizeof(*dst->ids));
	}
}

struct form *form_new(const char *title, const struct form_field_def *defs, size_t n,
		      const struct lookups *lookups)
{
	struct form *f = xcalloc(1, sizeof(*f));
	f->title = xstrdup(title ? title : "");
	f->send_label = xstrdup("Send");
	f->send_verb = xstrdup("send");
	f->fields = xcalloc(n ? n : 1, sizeof(*f->fields));
	f->n_fields = n;
	f->lookups = lookups;
	for (size_t i = 0; i < n; i++) {
		f->fields[i].def = &defs[i];
		textarea_init(&f->fields[i].area, false);
	}
	textarea_init(&f->line, true);
	picker_init(&f->picker, "", false);
	strbuf_init(&f->narrow);
	return f;
}

void form_free(struct form *f)
{
	if (!f)
		return;
	for (size_t i = 0; i < f->n_fields; i++) {
		value_clear(&f->fields[i].value);
		value_clear(&f->fields[i].initial);
		textarea_fini(&f->fields[i].area);
	}
	free(f->fields);
	textarea_fini(&f->line);
	picker_fini(&f->picker);
	free(f->title);
	free(f->send_label);
	free(f->send_verb);
	free(f->error);
	free(f->keys_hint);
	strbuf_fini(&f->narrow);
	free(f);
}

void form_set_send_label(struct form *f, const char *label)
{
	free(f->send_label);
	f->send_label = xstrdup(label ? label : "Send");
}

void form_set_send_verb(struct form *f, const char *verb)
{
	free(f->send_verb);
	f->send_verb = xstrdup(verb ? verb : "send");
}

void form_set_error(struct form *f, const char *error)
{
	free(f->error);
	f->error = error && *error ? xstrdup(error) : NULL;
}

static struct form_field *field_named(const struct form *f, const char *name)
{
	for (size_t i = 0; i < f->n_fields; i++)
		if (!strcmp(f->fields[i].def->name, name))
			return &f->fields[i];
	return NULL;
}

const struct form_field *form_field(const struct form *f, const char *name)
{
	return field_named(f, name);
}

const struct form_value *form_get(const struct form *f, const char *name)
{
	const struct form_field *field = field_named(f, name);
	return field ? &field->value : NULL;
}

const char *form_text(const struct form *f, const char *name)
{
	const struct form_field *field = field_named(f, name);
	if (!field)
		return "";
	if (field->def->kind == FORM_TEXTAREA)
		return textarea_text(&field->area);
	return field->value.text ? field->value.text : "";
}

/* Sets the value now and the starting one to V (owned strings copied). */
static void start_with(struct form_field *field, const struct form_value *v)
{
	value_copy(&field->value, v);
	value_copy(&field->initial, v);
	if (field->def->kind == FORM_TEXTAREA)
		textarea_set(&field->area, v->text ? v->text : "");
}

static struct form_field *field_of_kind(const struct form *f, const char *name,
					const enum form_kind *kinds, size_t n)
{
	struct form_field *field = field_named(f, name);
	for (size_t i = 0; field && i < n; i++)
		if (field->def->kind == kinds[i])
			return field;
	return NULL;
}

bool form_set_text(struct form *f, const char *name, const char *text)
{
	static const enum form_kind kinds[] = { FORM_TEXT, FORM_TEXTAREA };
	struct form_field *field = field_of_kind(f, name, kinds, 2);
	if (!field)
		return false;
	struct form_value v = { .is_set = text && *text, .text = (char *)(uintptr_t)text };
	start_with(field, &v);
	return true;
}

bool form_set_number(struct form *f, const char *name, long number)
{
	static const enum form_kind kinds[] = { FORM_NUMBER, FORM_DURATION };
	struct form_field *field = field_of_kind(f, name, kinds, 2);
	if (!field)
		return false;
	struct form_value v = { .is_set = true, .number = number };
	start_with(field, &v);
	return true;
}

bool form_set_bool(struct form *f, const char *name, bool yes)
{
	static const enum form_kind kinds[] = { FORM_BOOL };
	struct form_field *field = field_of_kind(f, name, kinds, 1);
	if (!field)
		return false;
	struct form_value v = { .is_set = true, .number = yes };
	start_with(field, &v);
	return true;
}

bool form_set_time(struct form *f, const char *name, time_t t)
{
	static const enum form_kind kinds[] = { FORM_DATE };
	struct form_field *field = field_of_kind(f, name, kinds, 1);
	if (!field)
		return false;
	struct form_value v = { .is_set = true, .time = t };
	start_with(field, &v);
	return true;
}

bool form_set_choice(struct form *f, const char *name, long id, const char *shown)
{
	static const enum form_kind kinds[] = { FORM_CHOICE };
	struct form_field *field = field_of_kind(f, name, kinds, 1);
	if (!field)
		return false;
	/* The name goes with the id: a choice is sent by either (a note's outcome by both). */
	if (!shown)
		shown = picker_source_name(f->lookups, field->def->source, id);
	struct form_value v = { .is_set = true, .number = id, .text = (char *)(uintptr_t)shown };
	start_with(field, &v);
	return true;
}

bool form_set_ids(struct form *f, const char *name, const long *ids, size_t n)
{
	static const enum form_kind kinds[] = { FORM_MULTI };
	struct form_field *field = field_of_kind(f, name, kinds, 1);
	if (!field)
		return false;
	struct form_value v = { .is_set = n > 0, .ids = (long *)(uintptr_t)ids, .n_ids = n };
	start_with(field, &v);
	return true;
}

void form_clear_all(struct form *f)
{
	for (size_t i = 0; i < f->n_fields; i++) {
		struct form_field *field = &f->fields[i];
		value_clear(&field->value);
		if (field->def->kind == FORM_TEXTAREA)
			textarea_set(&field->area, "");
		field->is_touched = true;
	}
	f->mode = FORM_MODE_BROWSE;
	form_set_error(f, NULL);
}

void form_on_change(struct form *f, form_changed_fn *fn, void *ctx)
{
	f->on_change = fn;
	f->on_change_ctx = ctx;
}

void form_on_fill(struct form *f, form_fill_fn *fn, void *ctx)
{
	f->fill = fn;
	f->fill_ctx = ctx;
}

bool form_is_touched(const struct form *f, const char *name)
{
	const struct form_field *field = field_named(f, name);
	return field && field->is_touched;
}

bool form_put_bool(struct form *f, const char *name, bool yes)
{
	struct form_field *field = field_named(f, name);
	if (!field || field->def->kind != FORM_BOOL)
		return false;
	field->value.is_set = true;
	field->value.number = yes;
	return true;
}

bool form_put_choice(struct form *f, const char *name, long id, const char *shown)
{
	struct form_field *field = field_named(f, name);
	if (!field || field->def->kind != FORM_CHOICE)
		return false;
	value_clear(&field->value);
	if (id == PICKER_NONE_ID && !shown)
		return true;
	if (!shown)
		shown = picker_source_name(f->lookups, field->def->source, id);
	field->value.is_set = true;
	field->value.number = id;
	field->value.text = shown ? xstrdup(shown) : NULL;
	return true;
}

static struct form_field *focused(const struct form *f)
{
	return f->focus < f->n_fields ? &f->fields[f->focus] : NULL;
}

/* The focused field, where the mode says there is one (editing, picking). */
static struct form_field *current(const struct form *f)
{
	return &f->fields[f->focus < f->n_fields ? f->focus : 0];
}

static void open_picker(struct form *f, const char *typed)
{
	struct form_field *field = current(f);
	const struct form_field_def *def = field->def;
	picker_fini(&f->picker);
	picker_init(&f->picker, def->label, def->kind == FORM_MULTI);
	if (def->none_label && def->kind == FORM_CHOICE)
		picker_add(&f->picker, PICKER_NONE_ID, def->none_label, NULL);
	picker_fill(&f->picker, f->lookups, def->source);
	if (f->fill)
		f->fill(f, &f->picker, f->fill_ctx);
	if (def->kind == FORM_MULTI) {
		for (size_t i = 0; i < field->value.n_ids; i++)
			picker_set_chosen(&f->picker, field->value.ids[i], true);
	} else {
		picker_point_at(&f->picker,
				field->value.is_set ? field->value.number : PICKER_NONE_ID);
	}
	if (typed)
		picker_set_filter(&f->picker, typed);
	f->mode = FORM_MODE_PICK;
}

void form_refresh_picker(struct form *f)
{
	if (f->mode != FORM_MODE_PICK)
		return;
	char *typed = xstrdup(f->picker.filter.data);
	open_picker(f, *typed ? typed : NULL);
	free(typed);
}

void form_pick_and_send(struct form *f)
{
	for (size_t i = 0; i < f->n_fields; i++) {
		if (f->fields[i].def->kind == FORM_CHOICE || f->fields[i].def->kind == FORM_MULTI) {
			f->focus = i;
			f->is_pick_and_send = true;
			open_picker(f, NULL);
			return;
		}
	}
}

/* Whether the host takes V for FIELD; false with the reason as the form's error. */
static bool vetted(struct form *f, const struct form_field *field, const struct form_value *v)
{
	char why[512] = "";
	if (!f->vet || f->vet(f, field, v, why, sizeof(why), f->vet_ctx))
		return true;
	form_set_error(f, why[0] ? why : "refused");
	return false;
}

/* The user changed FIELD: marked, and the host told (it may fill other fields from it). */
static void changed(struct form *f, struct form_field *field)
{
	field->is_touched = true;
	if (f->on_change)
		f->on_change(f, field, f->on_change_ctx);
}

/* The picker's answer becomes the field's value; false when the host refused it. */
static bool take_pick(struct form *f)
{
	struct form_field *field = current(f);
	struct form_value v = { 0 };
	if (field->def->kind == FORM_MULTI) {
		size_t n = picker_chosen(&f->picker, NULL, 0);
		v.ids = xcalloc(n ? n : 1, sizeof(*v.ids));
		v.n_ids = picker_chosen(&f->picker, v.ids, n);
		v.is_set = n > 0;
	} else {
		const struct picker_item *it = picker_current(&f->picker);
		if (it && it->id != PICKER_NONE_ID) {
			v.is_set = true;
			v.number = it->id;
			v.text = xstrdup(it->name);
		}
	}
	if (!vetted(f, field, &v)) {
		/* The picker stays open on the refused choice, the reason under it. */
		value_clear(&v);
		return false;
	}
	value_clear(&field->value);
	field->value = v;
	f->mode = FORM_MODE_BROWSE;
	changed(f, field);
	return true;
}

/* The text a one-line field is edited from. */
static void edit_text(const struct form *f, const struct form_field *field, struct strbuf *out)
{
	if (field->def->kind == FORM_DURATION || field->def->kind == FORM_DATE ||
	    field->def->kind == FORM_NUMBER || field->def->kind == FORM_TEXT)
		form_value_show(f, field, &field->value, out);
}

static void start_edit(struct form *f, int first_key)
{
	struct form_field *field = current(f);
	if (field->def->kind != FORM_TEXTAREA) {
		struct strbuf sb;
		strbuf_init(&sb);
		edit_text(f, field, &sb);
		textarea_set(&f->line, sb.data ? sb.data : "");
		strbuf_fini(&sb);
	}
	f->mode = FORM_MODE_EDIT;
	if (first_key)
		textarea_key(field->def->kind == FORM_TEXTAREA ? &field->area : &f->line,
			     first_key);
}

static bool refuse(struct form *f, const char *label, const char *why)
{
	char msg[512];
	snprintf(msg, sizeof(msg), "%s: %s", label, why);
	form_set_error(f, msg);
	return false;
}

static bool is_blank(const char *s)
{
	return !s[strspn(s, " \t")];
}

/* A text area's value follows its text. */
static void sync_area(struct form_field *field)
{
	const char *text = textarea_text(&field->area);
	free(field->value.text);
	field->value.text = xstrdup(text);
	field->value.is_set = !is_blank(text);
}

/* Reads the typed line into the field; false (the reason in the form's error) when bad. */
static bool commit_line(struct form *f)
{
	struct form_field *field = current(f);
	const struct form_field_def *def = field->def;
	const char *text = textarea_text(&f->line);
	char why[400] = "";
	struct form_value v = { 0 };
	bool ok = true;
	if (is_blank(text)) {
		if (def->is_required)
			return refuse(f, def->label, "required");
	} else if (def->kind == FORM_TEXT) {
		ok = !def->check || def->check(text, why, sizeof(why));
		v.text = xstrdup(text);
	} else if (def->kind == FORM_NUMBER) {
		ok = form_parse_number(text, def->min, def->max, &v.number, why, sizeof(why));
	} else if (def->kind == FORM_DURATION) {
		ok = form_parse_duration(text, &v.number, why, sizeof(why));
	} else if (def->kind == FORM_DATE) {
		ok = form_parse_date(text, &v.time, why, sizeof(why));
	}
	if (!ok) {
		value_clear(&v);
		return refuse(f, def->label, why);
	}
	v.is_set = !is_blank(text);
	if (!vetted(f, field, &v)) {
		value_clear(&v);
		return false;
	}
	value_clear(&field->value);
	field->value = v;
	f->mode = FORM_MODE_BROWSE;
	form_set_error(f, NULL);
	changed(f, field);
	return true;
}

bool form_check(struct form *f, char *why, size_t why_size)
{
	for (size_t i = 0; i < f->n_fields; i++) {
		const struct form_field *field = &f->fields[i];
		const struct form_field_def *def = field->def;
		bool is_empty = def->kind == FORM_TEXTAREA ? is_blank(textarea_text(&field->area))
							   : !field->value.is_set;
		if (def->is_required && is_empty && def->kind != FORM_BOOL) {
			snprintf(why, why_size, "%s: required", def->label);
			f->focus = i;
			form_set_error(f, why);
			return false;
		}
	}
	return true;
}

static enum form_result submit(struct form *f)
{
	char why[512];
	if (!form_check(f, why, sizeof(why)))
		return FORM_OPEN;
	return FORM_SUBMIT;
}

static enum form_result cancel(struct form *f)
{
	f->mode = FORM_MODE_BROWSE;
	return form_is_dirty(f) ? FORM_ASK_DISCARD : FORM_CLOSE;
}

static bool is_typed_char(int key)
{
	return key >= 0x20 && key != 0x7F && !(key >= 0x80 && key < 0xA0) && key < UI_KEY_NAMED;
}

/* Yes and no in turn; a three-state one goes unset, yes, no, unset. */
static void flip(struct form *f, struct form_field *field)
{
	struct form_value v = { .is_set = true, .number = !field->value.number };
	if (field->def->is_tristate) {
		v.is_set = !field->value.is_set || field->value.number;
		v.number = !field->value.is_set;
	}
	if (!vetted(f, field, &v))
		return;
	field->value.is_set = v.is_set;
	field->value.number = v.number;
	changed(f, field);
}

static enum form_result browse_key(struct form *f, int key)
{
	struct form_field *field = focused(f);
	enum form_kind kind = field ? field->def->kind : FORM_BOOL;
	switch (key) {
	case UI_KEY_TAB:
	case UI_KEY_BTAB:
		form_move_focus(f, key == UI_KEY_TAB ? 1 : -1, true);
		return FORM_OPEN;
	case UI_KEY_DOWN:
	case UI_KEY_UP:
		form_move_focus(f, key == UI_KEY_DOWN ? 1 : -1, false);
		return FORM_OPEN;
	case UI_KEY_CTRL('s'):
		return submit(f);
	case UI_KEY_ESC:
		if (f->narrow.len) {
			form_narrow(f, "");
			return FORM_OPEN;
		}
		return cancel(f);
	case UI_KEY_BACKSPACE:
		if (!f->is_narrowing)
			break;
		form_narrow_key(f, key);
		return FORM_OPEN;
	case UI_KEY_CTRL('e'):
		return kind == FORM_TEXTAREA && field ? FORM_RUN_EDITOR : FORM_OPEN;
	case UI_KEY_ENTER:
	case ' ':
		if (!field)
			return key == UI_KEY_ENTER ? submit(f) : FORM_OPEN;
		if (kind == FORM_BOOL) {
			flip(f, field);
		} else if (kind == FORM_CHOICE || kind == FORM_MULTI) {
			open_picker(f, NULL);
		} else if (key == UI_KEY_ENTER) {
			start_edit(f, 0);
		} else {
			start_edit(f, ' ');
		}
		return FORM_OPEN;
	default:
		break;
	}
	/* `:` still opens the prompt; any other character starts typing into the field. */
	if (!is_typed_char(key) || key == ':')
		return FORM_UNHANDLED;
	if (f->is_narrowing) {
		form_narrow_key(f, key);
		return FORM_OPEN;
	}
	if (!field)
		return FORM_UNHANDLED;
	if (kind == FORM_CHOICE || kind == FORM_MULTI) {
		char typed[8] = { 0 };
		if (key < 0x80)
			typed[0] = (char)key;
		open_picker(f, typed);
	} else if (kind != FORM_BOOL) {
		start_edit(f, key);
	}
	return FORM_OPEN;
}

static enum form_result edit_line_key(struct form *f, int key)
{
	switch (key) {
	case UI_KEY_ENTER:
		commit_line(f);
		return FORM_OPEN;
	case UI_KEY_TAB:
	case UI_KEY_BTAB:
	case UI_KEY_UP:
	case UI_KEY_DOWN:
		if (commit_line(f))
			form_move_focus(f, key == UI_KEY_TAB || key == UI_KEY_DOWN ? 1 : -1,
					key == UI_KEY_TAB || key == UI_KEY_BTAB);
		return FORM_OPEN;
	case UI_KEY_ESC:
		f->mode = FORM_MODE_BROWSE;
		form_set_error(f, NULL);
		return FORM_OPEN;
	case UI_KEY_CTRL('s'):
		return commit_line(f) ? submit(f) : FORM_OPEN;
	default:
		textarea_key(&f->line, key);
		return FORM_OPEN;
	}
}

static enum form_result edit_area_key(struct form *f, int key)
{
	struct form_field *field = current(f);
	switch (key) {
	case UI_KEY_TAB:
	case UI_KEY_BTAB:
		f->mode = FORM_MODE_BROWSE;
		form_move_focus(f, key == UI_KEY_TAB ? 1 : -1, true);
		return FORM_OPEN;
	case UI_KEY_ESC:
		/* Leaves the text as typed: Esc again cancels the form. */
		f->mode = FORM_MODE_BROWSE;
		return FORM_OPEN;
	case UI_KEY_CTRL('s'):
		f->mode = FORM_MODE_BROWSE;
		return submit(f);
	case UI_KEY_CTRL('e'):
		return FORM_RUN_EDITOR;
	default:
		textarea_key(&field->area, key);
		sync_area(field);
		return FORM_OPEN;
	}
}

static enum form_result pick_key(struct form *f, int key)
{
	switch (picker_key(&f->picker, key)) {
	case PICKER_CHOSEN:
		if (!take_pick(f))
			return FORM_OPEN;
		return f->is_pick_and_send ? submit(f) : FORM_OPEN;
	case PICKER_CANCELLED:
		f->mode = FORM_MODE_BROWSE;
		return f->is_pick_and_send ? FORM_CLOSE : FORM_OPEN;
	default:
		return FORM_OPEN;
	}
}

enum form_result form_key(struct form *f, int key)
{
	enum form_mode mode = f->mode;
	/* A refusal shows until the next key; one of a typed value until it is put right. */
	if (mode != FORM_MODE_EDIT)
		form_set_error(f, NULL);
	if (mode == FORM_MODE_PICK)
		return pick_key(f, key);
	if (mode == FORM_MODE_EDIT)
		return current(f)->def->kind == FORM_TEXTAREA ? edit_area_key(f, key)
							      : edit_line_key(f, key);
	return browse_key(f, key);
}

const char *form_editor_text(const struct form *f)
{
	const struct form_field *field = focused(f);
	return field && field->def->kind == FORM_TEXTAREA ? textarea_text(&field->area) : NULL;
}

void form_editor_done(struct form *f, const char *text)
{
	struct form_field *field = focused(f);
	if (!field || field->def->kind != FORM_TEXTAREA)
		return;
	textarea_set(&field->area, text);
	sync_area(field);
	changed(f, field);
}
