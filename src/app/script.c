/* Script input: reads a headless script line by line and hands out keys and `:` lines. */
#include "config.h"

#include "app/script.h"

#include <stdlib.h>
#include <string.h>

#include "ui/key.h"
#include "util/alloc.h"
#include "util/strbuf.h"

bool script_open(struct script *s, const char *path)
{
	memset(s, 0, sizeof(*s));
	s->file = fopen(path, "r");
	if (!s->file)
		return false;
	s->path = xstrdup(path);
	return true;
}

void script_open_stream(struct script *s, FILE *f, const char *name)
{
	memset(s, 0, sizeof(*s));
	s->file = f;
	s->path = xstrdup(name);
}

void script_close(struct script *s)
{
	if (s->file)
		fclose(s->file);
	free(s->path);
	free(s->keys);
	memset(s, 0, sizeof(*s));
}

static char *read_line(FILE *f)
{
	struct strbuf sb;
	strbuf_init(&sb);
	int c;
	while ((c = fgetc(f)) != EOF && c != '\n')
		strbuf_append_char(&sb, (char)c);
	if (c == EOF && sb.len == 0) {
		strbuf_fini(&sb);
		return NULL;
	}
	return strbuf_take(&sb);
}

static struct script_item error_item(struct script *s, const char *word)
{
	struct strbuf sb;
	strbuf_init(&sb);
	strbuf_appendf(&sb, "%s:%u: '%s' is not a key", s->path, s->lineno, word);
	struct script_item it = { SCRIPT_ERROR, 0, strbuf_detach(&sb) };
	s->has_failed = true;
	return it;
}

/* Splits a key line into keys; on a bad word returns it (owned by LINE). */
static const char *parse_keys(struct script *s, char *line)
{
	free(s->keys);
	s->keys = NULL;
	s->n_keys = s->next_key = 0;
	for (char *save = NULL, *w = strtok_r(line, " \t", &save); w;
	     w = strtok_r(NULL, " \t", &save)) {
		int key;
		if (!ui_key_from_name(w, &key))
			return w;
		s->keys = xreallocarray(s->keys, s->n_keys + 1, sizeof(int));
		s->keys[s->n_keys++] = key;
	}
	return NULL;
}

struct script_item script_next(struct script *s)
{
	struct script_item it = { SCRIPT_END, 0, NULL };
	while (s->file) {
		if (s->next_key < s->n_keys) {
			it.kind = SCRIPT_KEY;
			it.key = s->keys[s->next_key++];
			return it;
		}
		char *line = read_line(s->file);
		if (!line)
			return it;
		s->lineno++;
		char *p = line + strspn(line, " \t");
		/* ":cmd" is a command line; ": a b" is the ':' key followed by keys. */
		if (*p == ':' && p[1] && p[1] != ' ' && p[1] != '\t') {
			it.kind = SCRIPT_LINE;
			it.line = xstrdup(p + 1);
			free(line);
			return it;
		}
		const char *bad = (*p && *p != '#') ? parse_keys(s, p) : NULL;
		if (bad) {
			it = error_item(s, bad);
			free(line);
			return it;
		}
		free(line);
	}
	return it;
}
