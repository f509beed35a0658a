/* The render test harness: headless screen, fixtures, screen comparison with a diff. */
#include "config.h"

#include "render.h"

#include <check.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "config/configuration.h"
#include "model/model_error.h"
#include "model/ticket_json.h"

void render_init(struct render *r, int rows, int cols)
{
	char err[256];
	setlocale(LC_ALL, "C.UTF-8");
	/* Themes of the source tree, as the program finds them in a build tree. */
	const char *top = getenv("top_srcdir");
	char themes[512];
	snprintf(themes, sizeof(themes), "%s/themes", top ? top : ".");
	setenv("HALOTUI_THEMES_DIR", themes, 1);
	memset(r, 0, sizeof(*r));
	ck_assert_msg(ui_screen_open_headless(&r->screen, rows, cols, err, sizeof(err)), "%s", err);
	ui_env_init(&r->env, &r->screen);
	struct config cfg;
	config_init(&cfg);
	ui_env_apply_theme(&r->env, &cfg.palette, true);
	config_fini(&cfg);
	pane_data_init(&r->data);
	r->data.columns = strdup("flags,id,summary:*,status:12,priority:8,agent:12,lastaction");
}

void render_fini(struct render *r)
{
	pane_data_fini(&r->data);
	ui_screen_close(&r->screen);
}

char *render_fixture(const char *name, size_t *len)
{
	const char *top = getenv("top_srcdir");
	char path[512];
	snprintf(path, sizeof(path), "%s/tests/render/fixtures/%s", top ? top : ".", name);
	FILE *f = fopen(path, "rb");
	ck_assert_msg(f != NULL, "cannot open %s", path);
	char *buf = calloc(1, 1 << 20);
	*len = fread(buf, 1, (1 << 20) - 1, f);
	fclose(f);
	return buf;
}

void render_load_page(struct render *r, const char *name)
{
	size_t len;
	char *body = render_fixture(name, &len);
	struct ticket_page *page = NULL;
	struct model_error err;
	memset(&err, 0, sizeof(err));
	ck_assert_int_eq(ticket_page_from_json(body, len, &page, &err), STATUS_OK);
	ck_assert_int_eq(
		ticket_list_store_page(r->data.list, ticket_list_generation(r->data.list), 1, page),
		STATUS_OK);
	free(body);
}

char *render_view(struct render *r, struct view *v)
{
	WINDOW *win = newwin(LINES, COLS, 0, 0);
	v->rows = LINES;
	v->cols = COLS;
	werase(stdscr);
	wnoutrefresh(stdscr);
	werase(win);
	view_recalc(v);
	v->ops->draw(v, win);
	wnoutrefresh(win);
	doupdate();
	delwin(win);
	return ui_screen_text(&r->screen);
}

static char *read_all(const char *path)
{
	FILE *f = fopen(path, "rb");
	if (!f)
		return NULL;
	char *buf = calloc(1, 1 << 20);
	size_t n = fread(buf, 1, (1 << 20) - 1, f);
	buf[n] = 0;
	fclose(f);
	return buf;
}

bool render_matches(const char *text, const char *name)
{
	const char *top = getenv("top_srcdir");
	char expected_path[512], actual_path[512], cmd[1200];
	snprintf(expected_path, sizeof(expected_path), "%s/tests/render/screens/%s.screen",
		 top ? top : ".", name);
	const char *update = getenv("HALOTUI_UPDATE_SCREENS");
	if (update && !strcmp(update, "1")) {
		FILE *f = fopen(expected_path, "w");
		ck_assert_msg(f != NULL, "cannot write %s", expected_path);
		fputs(text, f);
		fclose(f);
		return true;
	}
	char *expected = read_all(expected_path);
	bool same = expected && !strcmp(expected, text);
	if (!same) {
		const char *tmp = getenv("TMPDIR");
		snprintf(actual_path, sizeof(actual_path), "%s/%s.actual", tmp ? tmp : "/tmp",
			 name);
		FILE *f = fopen(actual_path, "w");
		if (f) {
			fputs(text, f);
			fclose(f);
		}
		snprintf(cmd, sizeof(cmd), "diff -u '%s' '%s' >&2", expected_path, actual_path);
		if (system(cmd) == -1)
			fprintf(stderr, "%s differs (see %s)\n", name, actual_path);
	}
	free(expected);
	return same;
}
