/* Tagging tickets in the list: `tag` (the selected row, then down, as mutt does),
 * `tag-pattern PATTERN` (the rows the `/` search would match), `untag-all`. Tags are kept by
 * ticket id in the pane data (model/tag_set.h), shown in the list's mark column and counted
 * in the status bar; `tagged` (app/bulk.h) applies a command to them. */
#ifndef HALOTUI_APP_TAGS_H
#define HALOTUI_APP_TAGS_H

#include <stdbool.h>
#include <stddef.h>

struct app;

/* `tag`: toggles the selected ticket's tag; in the list, the cursor then moves down. */
void app_tag_selected(struct app *a);
/* `tag-pattern PATTERN`: tags every loaded row of the list that PATTERN matches (the `/`
 * search's words: text, field:value, !). False with the reason in ERR (no pattern). */
bool app_tag_pattern(struct app *a, const char *pattern, char *err, size_t errlen);
/* `untag-all`. */
void app_untag_all(struct app *a);
/* The tags changed: the bar's count and the list's marks follow. */
void app_tags_changed(struct app *a);
/* A page of the list arrived: once every page of it is in and none is on its way, the tags
 * of tickets the list no longer holds go (they are gone from the model). */
void app_tags_list_changed(struct app *a);

#endif
