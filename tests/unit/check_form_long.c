/* Tests of ui/form's helpers for long forms: group headers, narrowing as you type, scrolling,
 * three-state booleans, a host's vetting of each value and its own preview line. */
#include "config.h"

#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"
#include "ui/form.h"
#include "ui/key.h"

static const struct form_field_def defs[] = {
	{ .name = "open_only",
	  .label = "open_only",
	  .kind = FORM_BOOL,
	  .is_tristate = true,
	  .group = "Common",
	  .note = "Return only open tickets" },
	{ .name = "closed_only",
	  .label = "closed_only",
	  .kind = FORM_BOOL,
	  .is_tristate = true,
	  .group = "Common",
	  .note = "Return only closed tickets" },
	{ .name = "search",
	  .label = "search",
	  .kind = FORM_TEXT,
	  .group = "Common",
	  .note = "General search string",
	  .hint = "text; spaces are kept" },
	{ .name = "sla",
	  .label = "sla",
	  .kind = FORM_TEXT,
	  .group = "SLA",
	  .note = "Filter by SLA IDs" },
	{ .name = "includeslatimer",
	  .label = "includeslatimer",
	  .kind = FORM_BOOL,
	  .is_tristate = true,
	  .group = "SLA",
	  .note = "Include SLA timer" },
	{ .name = "debug",
	  .label = "debug",
	  .kind = FORM_BOOL,
	  .group = "Other",
	  .note = "Include debug information" },
};
#define N_DEFS (sizeof(defs) / sizeof(defs[0]))

static void type(struct form *f, const char *s)
{
	for (; *s; s++)
		form_key(f, (unsigned char)*s);
}

static const char *focused(const struct form *f)
{
	return f->focus < f->n_fields ? f->fields[f->focus].def->name : "(button)";
}

START_TEST(a_three_state_boolean_goes_unset_true_false_unset)
{
	struct form *f = form_new("Filter", defs, N_DEFS, NULL);
	const struct form_value *v = form_get(f, "open_only");
	struct strbuf sb;
	strbuf_init(&sb);
	ck_assert(!v->is_set);
	form_value_show(f, form_field(f, "open_only"), v, &sb);
	ck_assert_str_eq(sb.data, "");
	form_key(f, ' ');
	ck_assert(v->is_set && v->number == 1);
	ck_assert(form_is_changed(f, "open_only"));
	form_key(f, UI_KEY_ENTER);
	ck_assert(v->is_set && v->number == 0);
	ck_assert(form_is_changed(f, "open_only")); /* no is not unset */
	strbuf_reset(&sb);
	form_value_show(f, form_field(f, "open_only"), v, &sb);
	ck_assert_str_eq(sb.data, "false");
	form_key(f, ' ');
	ck_assert(!v->is_set);
	ck_assert(!form_is_dirty(f));
	/* A two-state one still flips between yes and no. */
	form_set_narrowing(f, false);
	for (int i = 0; i < 5; i++)
		form_key(f, UI_KEY_TAB);
	ck_assert_str_eq(focused(f), "debug");
	form_key(f, ' ');
	form_key(f, ' ');
	ck_assert(form_get(f, "debug")->is_set && form_get(f, "debug")->number == 0);
	strbuf_fini(&sb);
	form_free(f);
}
END_TEST

START_TEST(typing_narrows_the_fields_by_name_or_note_and_tab_skips_the_hidden)
{
	struct form *f = form_new("Filter", defs, N_DEFS, NULL);
	form_set_narrowing(f, true);
	type(f, "SLA");
	ck_assert_str_eq(f->narrow.data, "SLA");
	ck_assert_uint_eq(form_count_shown(f), 2); /* sla, includeslatimer (by its note too) */
	ck_assert_str_eq(focused(f), "sla");
	form_key(f, UI_KEY_TAB);
	ck_assert_str_eq(focused(f), "includeslatimer");
	form_key(f, UI_KEY_TAB);
	ck_assert_str_eq(focused(f), "(button)");
	form_key(f, UI_KEY_TAB);
	ck_assert_str_eq(focused(f), "sla");
	form_key(f, UI_KEY_BTAB);
	ck_assert_str_eq(focused(f), "(button)");
	/* By the note alone: "open tickets" is in both booleans' notes. */
	form_narrow(f, "");
	type(f, "tickets");
	ck_assert_uint_eq(form_count_shown(f), 2);
	ck_assert_str_eq(focused(f), "open_only");
	form_key(f, UI_KEY_BACKSPACE);
	ck_assert_str_eq(f->narrow.data, "ticket");
	/* Esc clears the narrowing before it cancels. */
	ck_assert_int_eq(form_key(f, UI_KEY_ESC), FORM_OPEN);
	ck_assert_uint_eq(form_count_shown(f), N_DEFS);
	ck_assert_int_eq(form_key(f, UI_KEY_ESC), FORM_CLOSE);
	/* Nothing matches: the button has the focus. */
	type(f, "zzz");
	ck_assert_uint_eq(form_count_shown(f), 0);
	ck_assert_str_eq(focused(f), "(button)");
	form_free(f);
}
END_TEST

START_TEST(a_header_row_goes_above_each_group_and_scrolls_with_its_first_field)
{
	struct form *f = form_new("Filter", defs, N_DEFS, NULL);
	form_set_narrowing(f, true);
	form_layout(f, 24, 80);
	ck_assert(f->fields[0].has_header && f->fields[0].rows == 2);
	ck_assert(!f->fields[1].has_header && f->fields[1].rows == 1);
	ck_assert(f->fields[3].has_header); /* SLA */
	ck_assert(f->fields[5].has_header); /* Other */
	/* Narrowed to the second SLA field, its group's header moves to it. */
	type(f, "timer");
	form_layout(f, 24, 80);
	ck_assert(!f->fields[0].has_header && f->fields[0].rows == 0);
	ck_assert(f->fields[4].has_header);
	/* A window of three rows for fields scrolls by whole fields to the focus. */
	form_narrow(f, "");
	form_layout(f, 7, 80);
	ck_assert_int_eq(f->list_rows, 3);
	ck_assert_str_eq(focused(f), "includeslatimer");
	ck_assert_int_ge(f->top, 2);
	form_free(f);
}
END_TEST

/* Refuses a search of "bad" and yes on closed_only while open_only is yes. */
static bool vet(const struct form *f, const struct form_field *field, const struct form_value *v,
		char *why, size_t why_size, void *ctx)
{
	int *calls = ctx;
	(*calls)++;
	if (!strcmp(field->def->name, "search") && v->text && !strcmp(v->text, "bad")) {
		snprintf(why, why_size, "search: no bad searches");
		return false;
	}
	const struct form_value *open = form_get(f, "open_only");
	if (!strcmp(field->def->name, "closed_only") && v->is_set && v->number && open->is_set &&
	    open->number) {
		snprintf(why, why_size, "open_only=true and closed_only=true contradict");
		return false;
	}
	return true;
}

START_TEST(the_host_refuses_a_value_in_place_and_the_old_one_stays)
{
	struct form *f = form_new("Filter", defs, N_DEFS, NULL);
	int calls = 0;
	form_on_vet(f, vet, &calls);
	form_key(f, ' '); /* open_only yes */
	form_key(f, UI_KEY_TAB);
	form_key(f, ' '); /* closed_only yes: refused */
	ck_assert_str_eq(f->error, "open_only=true and closed_only=true contradict");
	ck_assert(!form_get(f, "closed_only")->is_set);
	ck_assert_int_eq(calls, 2);
	form_key(f, UI_KEY_TAB);
	form_key(f, UI_KEY_ENTER);
	type(f, "bad");
	form_key(f, UI_KEY_ENTER);
	ck_assert_int_eq(f->mode, FORM_MODE_EDIT);	       /* what was typed stays */
	ck_assert_str_eq(f->error, "search: no bad searches"); /* as the host wrote it */
	ck_assert(!form_get(f, "search")->is_set);
	form_key(f, UI_KEY_BACKSPACE);
	form_key(f, UI_KEY_BACKSPACE);
	form_key(f, UI_KEY_BACKSPACE);
	type(f, "printer jam");
	form_key(f, UI_KEY_ENTER);
	ck_assert_int_eq(f->mode, FORM_MODE_BROWSE);
	ck_assert_str_eq(form_text(f, "search"), "printer jam");
	ck_assert_ptr_null(f->error);
	form_free(f);
}
END_TEST

static void my_preview(const struct form *f, void *ctx, struct strbuf *out)
{
	(void)ctx;
	strbuf_appendf(out, "query: search=%s", form_text(f, "search"));
}

START_TEST(reset_clears_every_value_and_a_host_may_write_the_preview)
{
	struct form *f = form_new("Filter", defs, N_DEFS, NULL);
	form_set_bool(f, "open_only", true);
	form_set_text(f, "search", "printer");
	ck_assert(!form_is_dirty(f));
	form_clear_all(f);
	ck_assert(!form_get(f, "open_only")->is_set);
	ck_assert_str_eq(form_text(f, "search"), "");
	ck_assert(form_is_dirty(f));
	ck_assert_int_eq(form_key(f, UI_KEY_ESC), FORM_ASK_DISCARD);
	form_set_previewer(f, my_preview, NULL);
	ck_assert(f->previewer == my_preview);
	form_set_keys_hint(f, "Ctrl-S apply");
	ck_assert_str_eq(f->keys_hint, "Ctrl-S apply");
	form_free(f);
}
END_TEST

HARNESS_MAIN("form_long", a_three_state_boolean_goes_unset_true_false_unset,
	     typing_narrows_the_fields_by_name_or_note_and_tab_skips_the_hidden,
	     a_header_row_goes_above_each_group_and_scrolls_with_its_first_field,
	     the_host_refuses_a_value_in_place_and_the_old_one_stays,
	     reset_clears_every_value_and_a_host_may_write_the_preview)
