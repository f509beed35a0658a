/* The status bar: state setters and the one-line drawing. */
#include "config.h"

#include "ui/statusbar.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "text/width.h"
#include "ui/draw.h"
#include "util/alloc.h"
#include "util/plural.h"
#include "util/strbuf.h"

void statusbar_init(struct statusbar *sb)
{
	memset(sb, 0, sizeof(*sb));
	sb->budget_left = -1;
	sb->is_dirty = true;
}

void statusbar_fini(struct statusbar *sb)
{
	free(sb->profile);
	free(sb->who);
	free(sb->error);
	free(sb->message);
	free(sb->pane_text);
	free(sb->notice);
	free(sb->bulk);
}

static void set_string(struct statusbar *sb, char **slot, const char *value)
{
	if ((!*slot && !value) || (*slot && value && !strcmp(*slot, value)))
		return;
	free(*slot);
	*slot = xstrdup(value);
	sb->is_dirty = true;
}

void statusbar_set_profile(struct statusbar *sb, const char *profile)
{
	set_string(sb, &sb->profile, profile);
}

void statusbar_set_who(struct statusbar *sb, const char *who, bool is_login_needed)
{
	set_string(sb, &sb->who, who);
	if (sb->is_login_needed != is_login_needed)
		sb->is_dirty = true;
	sb->is_login_needed = is_login_needed;
}

void statusbar_set_error(struct statusbar *sb, const char *error)
{
	set_string(sb, &sb->error, error);
	sb->is_error_outage = false;
	if (error) {
		/* One note at a time: an older message must not come back when this one goes. */
		set_string(sb, &sb->message, NULL);
		sb->is_error_newer = true;
		sb->is_note_fresh = true;
	}
}

void statusbar_set_outage_error(struct statusbar *sb, const char *error)
{
	statusbar_set_error(sb, error);
	sb->is_error_outage = error != NULL;
}

void statusbar_server_answered(struct statusbar *sb)
{
	if (sb->is_error_outage)
		statusbar_set_error(sb, NULL);
}

void statusbar_set_message(struct statusbar *sb, const char *message)
{
	set_string(sb, &sb->message, message);
	if (message) {
		/* An outage stays below the message; any other error is over. */
		if (!sb->is_error_outage)
			set_string(sb, &sb->error, NULL);
		sb->is_error_newer = false;
		sb->is_note_fresh = true;
		sb->is_dirty = true;
	}
}

void statusbar_dismiss(struct statusbar *sb)
{
	set_string(sb, &sb->message, NULL);
	if (!sb->is_error_outage)
		set_string(sb, &sb->error, NULL);
	sb->note_until_ms = 0;
	sb->is_note_fresh = false;
}

void statusbar_time_note(struct statusbar *sb, long now_ms, long seconds)
{
	if (!sb->is_note_fresh)
		return;
	sb->is_note_fresh = false;
	sb->note_until_ms = seconds > 0 ? now_ms + seconds * 1000 : 0;
}

long statusbar_note_deadline(const struct statusbar *sb)
{
	bool is_passing = sb->message || (sb->error && !sb->is_error_outage);
	return is_passing ? sb->note_until_ms : 0;
}

void statusbar_expire(struct statusbar *sb, long now_ms)
{
	long until = statusbar_note_deadline(sb);
	if (until && now_ms >= until)
		statusbar_dismiss(sb);
}

void statusbar_set_pane_text(struct statusbar *sb, const char *text)
{
	set_string(sb, &sb->pane_text, text);
}

void statusbar_set_notice(struct statusbar *sb, const char *notice)
{
	set_string(sb, &sb->notice, notice);
}

void statusbar_set_loading(struct statusbar *sb, int loading)
{
	if (sb->loading != loading) {
		sb->loading = loading;
		sb->is_dirty = true;
	}
}

void statusbar_set_budget(struct statusbar *sb, long budget_left)
{
	if (sb->budget_left != budget_left) {
		sb->budget_left = budget_left;
		sb->is_dirty = true;
	}
}

void statusbar_set_rate_limited(struct statusbar *sb, long left_ms)
{
	long s = left_ms > 0 ? (left_ms + 999) / 1000 : 0;
	if (sb->rate_limited_s != s) {
		sb->rate_limited_s = s;
		sb->is_dirty = true;
	}
}

static void draw_prompt(const struct ui_env *env, const struct prompt *p, const char *note,
			WINDOW *win)
{
	int cols = getmaxx(win);
	const char *text = prompt_text(p);
	int width = draw_text_width(text);
	/* Keep the end of a long line in view: the cursor is there. */
	const char *shown = text;
	while (width > cols - 2 && *shown) {
		shown++;
		while ((*shown & 0xC0) == 0x80)
			shown++;
		width = draw_text_width(shown);
	}
	attr_t attr = ui_env_attr(env, ROLE_PROMPT);
	draw_text(win, 0, 0, 1, p->is_search ? "/" : ":", attr);
	draw_text(win, 0, 1, cols - 1, shown, attr);
	/* The search's count at the right, where the line leaves room for it. */
	int note_width = p->is_search && note && *note ? draw_text_width(note) + 1 : 0;
	if (note_width && 1 + width + 2 + note_width <= cols)
		draw_text_right(win, 0, cols - note_width, note_width, note, attr);
	wmove(win, 0, 1 + width);
}

void statusbar_set_writes(struct statusbar *sb, int out, int failed)
{
	if (sb->writes_out == out && sb->writes_failed == failed)
		return;
	sb->writes_out = out;
	sb->writes_failed = failed;
	sb->is_dirty = true;
}

void statusbar_set_tagged(struct statusbar *sb, int tagged)
{
	if (sb->tagged == tagged)
		return;
	sb->tagged = tagged;
	sb->is_dirty = true;
}

void statusbar_set_bulk(struct statusbar *sb, const char *bulk)
{
	set_string(sb, &sb->bulk, bulk);
}

/* The right side; the notice of what waits in :messages only when WITH_NOTICE (a passing note
 * takes its room, and it comes back when the note goes). */
static void right_side(const struct statusbar *sb, const struct ui_env *env, bool with_notice,
		       struct strbuf *out)
{
	static const char spinner[] = "|/-\\";
	if (sb->rate_limited_s > 0)
		strbuf_appendf(out, "  rate limited: %lds", sb->rate_limited_s);
	else if (sb->loading > 0 && env->is_low_bandwidth)
		strbuf_append_str(out, "  loading");
	else if (sb->loading > 0)
		strbuf_appendf(out, "  %c loading", spinner[sb->spin % 4]);
	if (sb->writes_out > 0)
		strbuf_appendf(out, "  %d pending", sb->writes_out);
	if (sb->writes_failed > 0)
		strbuf_appendf(out, "  %d failed", sb->writes_failed);
	if (sb->bulk && *sb->bulk)
		strbuf_appendf(out, "  %s", sb->bulk);
	if (sb->tagged > 0)
		strbuf_appendf(out, "  %d tagged", sb->tagged);
	if (sb->budget_left >= 0 && sb->budget_left < STATUSBAR_BUDGET_LOW)
		strbuf_appendf(out, "  %ld %s left", sb->budget_left,
			       plural(sb->budget_left, "request", "requests"));
	if (with_notice && sb->notice && *sb->notice)
		strbuf_appendf(out, "  %s", sb->notice);
	if (sb->pane_text && *sb->pane_text)
		strbuf_appendf(out, "  %s", sb->pane_text);
	strbuf_append_char(out, ' ');
}

/* Draws TEXT at *X in exactly its own width (cut at the right edge) and advances *X. */
static void segment(WINDOW *win, int *x, int cols, const char *text, attr_t attr)
{
	int w = draw_text_width(text);
	if (w > cols - *x)
		w = cols - *x;
	if (w > 0)
		*x += draw_text(win, 0, *x, w, text, attr);
}

void statusbar_draw(const struct statusbar *sb, const struct ui_env *env, const struct prompt *p,
		    WINDOW *win)
{
	if (p && p->is_active) {
		draw_prompt(env, p, sb->pane_text, win);
		return;
	}
	int cols = getmaxx(win), x = 0;
	attr_t base = ui_env_attr(env, ROLE_STATUS_BAR);
	struct strbuf right;
	strbuf_init(&right);
	draw_text(win, 0, 0, cols, "", base);
	segment(win, &x, cols, " halotui ", base);
	if (sb->profile) {
		segment(win, &x, cols, sb->profile, base);
		segment(win, &x, cols, " ", base);
	}
	if (sb->is_login_needed) {
		segment(win, &x, cols, " LOGIN NEEDED (:login) ",
			ui_env_attr(env, ROLE_STATUS_ERROR));
	} else if (sb->who) {
		segment(win, &x, cols, "as ", base);
		segment(win, &x, cols, sb->who, base);
		segment(win, &x, cols, " ", base);
	}
	if (sb->is_demo)
		segment(win, &x, cols, " DEMO ", ui_env_attr(env, ROLE_STATUS_DEMO));
	if (sb->is_read_only)
		segment(win, &x, cols, " READ-ONLY ", ui_env_attr(env, ROLE_STATUS_READONLY));
	if (sb->is_insecure)
		segment(win, &x, cols, " INSECURE TLS ", ui_env_attr(env, ROLE_STATUS_ERROR));
	/* The newer of the last error and the last message. */
	bool is_error = sb->error && (sb->is_error_newer || !sb->message);
	const char *note = is_error ? sb->error : sb->message;
	right_side(sb, env, !note, &right);
	int right_w = draw_text_width(right.data);
	attr_t note_attr = ui_env_attr(env, is_error ? ROLE_STATUS_ERROR : ROLE_STATUS_BAR);
	if (note && x + 2 < cols - right_w) {
		/* A note too long for the room left ends with "…" between words. */
		char *cut =
			text_cut_words(note, cols - right_w - 1 - (x + 1),
				       env->is_ascii_lines ? TEXT_ELLIPSIS_ASCII : TEXT_ELLIPSIS);
		x++;
		segment(win, &x, cols - right_w - 1, cut, note_attr);
		free(cut);
	}
	if (right_w < cols - x)
		draw_text_right(win, 0, cols - right_w, right_w, right.data, base);
	strbuf_fini(&right);
}
