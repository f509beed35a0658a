/* Tests of ui/confirm: the one-line question, y runs its action, any other key cancels. */
#include "config.h"

#include <check.h>
#include <stdlib.h>

#include "harness.h"
#include "ui/confirm.h"
#include "ui/key.h"

struct counter {
	int yes;
	struct confirm *c; /* to ask again from the action */
};

static void count_yes(void *ctx)
{
	struct counter *n = ctx;
	n->yes++;
}

static void ask_again(void *ctx)
{
	struct counter *n = ctx;
	n->yes++;
	confirm_ask(n->c, "and this too?", count_yes, n);
}

START_TEST(y_runs_the_action_once_and_closes_the_question)
{
	struct confirm c;
	struct counter n = { 0 };
	confirm_init(&c);
	ck_assert(!confirm_is_active(&c));
	confirm_ask(&c, "quit anyway?", count_yes, &n);
	ck_assert(confirm_is_active(&c));
	ck_assert_str_eq(c.question, "quit anyway?");
	ck_assert(confirm_key(&c, 'y'));
	ck_assert_int_eq(n.yes, 1);
	ck_assert(!confirm_is_active(&c));
	ck_assert(!confirm_key(&c, 'y')); /* nothing asked: nothing runs */
	ck_assert_int_eq(n.yes, 1);
	confirm_fini(&c);
}
END_TEST

START_TEST(esc_or_any_other_key_cancels_without_the_action)
{
	static const int keys[] = { 27, 'n', 'Y', 'q', ' ' };
	struct confirm c;
	struct counter n = { 0 };
	confirm_init(&c);
	for (size_t i = 0; i < sizeof(keys) / sizeof(keys[0]); i++) {
		confirm_ask(&c, "quit anyway?", count_yes, &n);
		ck_assert(!confirm_key(&c, keys[i]));
		ck_assert(!confirm_is_active(&c));
	}
	ck_assert_int_eq(n.yes, 0);
	confirm_fini(&c);
}
END_TEST

START_TEST(an_action_may_ask_the_next_question)
{
	struct confirm c;
	struct counter n = { .c = &c };
	confirm_init(&c);
	confirm_ask(&c, "first?", ask_again, &n);
	ck_assert(confirm_key(&c, 'y'));
	ck_assert(confirm_is_active(&c));
	ck_assert_str_eq(c.question, "and this too?");
	ck_assert(confirm_key(&c, 'y'));
	ck_assert_int_eq(n.yes, 2);
	/* A question left open is freed with the state; its action never runs. */
	confirm_ask(&c, "left open?", count_yes, &n);
	confirm_fini(&c);
	ck_assert_int_eq(n.yes, 2);
}
END_TEST

static void type(struct confirm *c, const char *text)
{
	for (const char *p = text; *p; p++)
		ck_assert(!confirm_key(c, *p));
}

START_TEST(a_typed_confirmation_runs_only_on_the_exact_text_and_enter)
{
	struct confirm c;
	struct counter n = { 0 };
	confirm_init(&c);
	/* y is only a letter here: one key can never confirm. */
	confirm_ask_typed(&c, "delete #1234?", "1234", count_yes, &n, NULL);
	ck_assert(!confirm_key(&c, 'y'));
	ck_assert(confirm_is_active(&c));
	type(&c, "124");
	ck_assert_str_eq(c.typed, "y124");
	ck_assert(!confirm_key(&c, UI_KEY_ENTER)); /* wrong text: closed, nothing runs */
	ck_assert(!confirm_is_active(&c));
	ck_assert_int_eq(n.yes, 0);

	confirm_ask_typed(&c, "delete #1234?", "1234", count_yes, &n, NULL);
	type(&c, "125");
	ck_assert(!confirm_key(&c, UI_KEY_BACKSPACE));
	type(&c, "34");
	ck_assert_str_eq(c.typed, "1234");
	ck_assert(confirm_key(&c, UI_KEY_ENTER));
	ck_assert_int_eq(n.yes, 1);
	ck_assert(!confirm_is_active(&c));

	confirm_ask_typed(&c, "delete #1234?", "1234", count_yes, &n, NULL);
	type(&c, "1234");
	ck_assert(!confirm_key(&c, UI_KEY_ESC)); /* Esc cancels even when the text matches */
	ck_assert(!confirm_is_active(&c));
	ck_assert_int_eq(n.yes, 1);

	/* A plain question asked after a typed one takes y again. */
	confirm_ask_typed(&c, "delete #1?", "1", count_yes, &n, NULL);
	confirm_ask(&c, "quit anyway?", count_yes, &n);
	ck_assert(confirm_key(&c, 'y'));
	ck_assert_int_eq(n.yes, 2);
	confirm_fini(&c);
}
END_TEST

/* A context the question owns; FREES counts its frees, FREES_AT_YES what it was at y. */
struct owned {
	struct counter *n;
};

static int frees, frees_at_yes;

static void owned_yes(void *ctx)
{
	struct owned *o = ctx;
	o->n->yes++;
	frees_at_yes = frees;
}

static void owned_free(void *ctx)
{
	frees++;
	free(ctx);
}

static struct owned *owned_new(struct counter *n)
{
	struct owned *o = calloc(1, sizeof(*o));
	o->n = n;
	return o;
}

START_TEST(an_owned_context_is_freed_once_however_the_question_closes)
{
	struct confirm c;
	struct counter n = { 0 };
	confirm_init(&c);
	frees = 0;
	frees_at_yes = -1;
	/* y: the action sees its context, freed only after it ran. */
	confirm_ask_owned(&c, "remove it?", owned_yes, owned_new(&n), owned_free);
	ck_assert(confirm_key(&c, 'y'));
	ck_assert_int_eq(n.yes, 1);
	ck_assert_int_eq(frees_at_yes, 0);
	ck_assert_int_eq(frees, 1);
	/* Esc, replaced by the next question, a typed one left open at fini: freed, not run. */
	confirm_ask_owned(&c, "remove it?", owned_yes, owned_new(&n), owned_free);
	ck_assert(!confirm_key(&c, UI_KEY_ESC));
	ck_assert_int_eq(frees, 2);
	confirm_ask_owned(&c, "remove it?", owned_yes, owned_new(&n), owned_free);
	confirm_ask_typed(&c, "delete #7?", "7", owned_yes, owned_new(&n), owned_free);
	ck_assert_int_eq(frees, 3);
	confirm_fini(&c);
	ck_assert_int_eq(frees, 4);
	ck_assert_int_eq(n.yes, 1);
	/* A borrowed context is never freed. */
	confirm_ask(&c, "quit anyway?", count_yes, &n);
	ck_assert(confirm_key(&c, 'y'));
	ck_assert_int_eq(frees, 4);
	confirm_fini(&c);
}
END_TEST

static void note_name(void *ctx)
{
	const struct confirm_about *about = ctx;
	struct counter *n = about->owner;
	n->yes += about->name[0] == 'M' ? 1 : 100;
}

START_TEST(a_question_about_a_name_keeps_its_own_copy)
{
	struct confirm c;
	struct counter n = { 0 };
	char name[] = "My open";
	confirm_init(&c);
	confirm_ask_about(&c, "delete view \"My open\"?", note_name, &n, name);
	name[0] = 'X'; /* the caller's text may change or go: the question has its copy */
	ck_assert(confirm_key(&c, 'y'));
	ck_assert_int_eq(n.yes, 1);
	/* Cancelled or left open at fini, it frees its copy (ASan would say otherwise). */
	confirm_ask_about(&c, "delete view?", note_name, &n, "Mine");
	ck_assert(!confirm_key(&c, UI_KEY_ESC));
	confirm_ask_about(&c, "delete view?", note_name, &n, "Mine");
	confirm_fini(&c);
	ck_assert_int_eq(n.yes, 1);
}
END_TEST

HARNESS_MAIN("confirm", y_runs_the_action_once_and_closes_the_question,
	     esc_or_any_other_key_cancels_without_the_action, an_action_may_ask_the_next_question,
	     a_typed_confirmation_runs_only_on_the_exact_text_and_enter,
	     an_owned_context_is_freed_once_however_the_question_closes,
	     a_question_about_a_name_keeps_its_own_copy)
