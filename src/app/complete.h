/* What Tab offers at the prompt, from the words typed before the one being completed. */
#ifndef HALOTUI_APP_COMPLETE_H
#define HALOTUI_APP_COMPLETE_H

#include <stddef.h>

/* Room for the words of one completion: pointers, and the text of words made on the fly
 * (a setting's choices, the theme files found). */
struct completion {
	const char *words[512];
	size_t count;
	char text[4096];
	size_t text_used;
};

/* Fills C with the completions of the word LINE ends in: command and config words first;
 * after `set`, setting names, and after `set NAME =` that setting's values (its choices,
 * yes/no, theme names); parameter names after `filter` and `view`; views, then commands,
 * after `bind`; roles after `color`. Never fails: too many words are cut off. */
void app_complete(const char *line, struct completion *c);

#endif
