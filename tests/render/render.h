/* Render tests: views drawn on a headless curses screen from fixture models, read back as
 * text and compared with tests/render/screens/NAME.screen (a unified diff on mismatch;
 * HALOTUI_UPDATE_SCREENS=1 writes the screens instead). */
#ifndef HALOTUI_TESTS_RENDER_H
#define HALOTUI_TESTS_RENDER_H

#include <stdbool.h>

#include "ui/env.h"
#include "ui/pane_data.h"
#include "ui/screen.h"
#include "ui/view.h"

struct render {
	struct ui_screen screen;
	struct ui_env env;
	struct pane_data data;
};

/* A ROWS x COLS headless screen, the default theme, empty pane data. */
void render_init(struct render *r, int rows, int cols);
void render_fini(struct render *r);
/* Reads tests/render/fixtures/NAME into a malloc'd string (length in *LEN). */
char *render_fixture(const char *name, size_t *len);
/* Loads fixture NAME as page 1 of the list. */
void render_load_page(struct render *r, const char *name);
/* Draws V over the whole screen (its status line included when SB is set) and returns the
 * screen text; caller frees. */
char *render_view(struct render *r, struct view *v);
/* True when TEXT equals screen NAME; otherwise prints a diff (or updates the screen). */
bool render_matches(const char *text, const char *name);

#endif
