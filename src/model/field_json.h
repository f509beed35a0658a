/* Shared json-c helpers of the model parsers: parsing with length, typed, tolerant fields. */
#ifndef HALOTUI_MODEL_FIELD_JSON_H
#define HALOTUI_MODEL_FIELD_JSON_H

#include <json-c/json.h>
#include <stdbool.h>
#include <stddef.h>
#include <time.h>

#include "model/arena.h"
#include "model/field_table.h"
#include "model/model_error.h"
#include "util/status.h"

/* Deepest nesting accepted: Halo's bodies are shallow; this bounds the tokener's stack. */
#define JF_MAX_DEPTH 64

/* Parses LEN bytes of BODY (no NUL needed). Trailing non-space is an error. Caller puts *OUT. */
enum status jf_parse(const char *body, size_t len, json_object **out, struct model_error *err);

/*
 * Reads every field of FIELDS from OBJ into BASE. PATH names OBJ within its record in messages
 * ("customfields[3]", "" for the record itself); SUBJECT names the record in notes
 * ("ticket 1234", "" for none). A field of a type it cannot use is left as if absent and
 * noted in err->odd ("ticket 1234: flagged: expected a boolean, got 2"). Fails only when OBJ
 * is not an object (STATUS_PARSE) or on memory. Arena strings go into ARENA (may be NULL when
 * no JF_STR field is used). On failure JF_DSTR strings already set are NOT freed.
 */
enum status jf_read_fields(json_object *obj, const char *subject, const char *path,
			   const struct jf_field *fields, size_t n, void *base, struct arena *arena,
			   struct model_error *err);
/* Sets the field F of BASE to its value when absent (JF_DSTR is left as is). */
void jf_field_default(const struct jf_field *f, void *base);
/* Notes WHAT in err->odd, after "SUBJECT: " when SUBJECT is not empty (NULL-safe). */
void jf_note(struct model_error *err, const char *subject, const char *what);

/* The single-value readers behind jf_read_fields; V may be NULL (= absent). */
enum status jf_int(json_object *v, const char *path, const char *key, int *out,
		   struct model_error *err);
enum status jf_long(json_object *v, const char *path, const char *key, long *out,
		    struct model_error *err);
enum status jf_bool(json_object *v, const char *path, const char *key, bool *out,
		    struct model_error *err);
enum status jf_double(json_object *v, const char *path, const char *key, double *out,
		      struct model_error *err);
enum status jf_time(json_object *v, const char *path, const char *key, time_t *out,
		    struct model_error *err);
/* A NUL-terminated copy of the LEN bytes at S in ARENA (or malloc'd when ARENA is NULL,
 * caller frees; NULL when out of memory). A NUL inside the text becomes U+FFFD, so the rest
 * of the text stays readable instead of ending there. */
char *jf_copy_text(struct arena *arena, const char *s, size_t len);
/* Text of a scalar (string, number, bool) or NULL when absent/null; error for containers.
 * *LEN gets its length. The pointer lives as long as V. */
enum status jf_text(json_object *v, const char *path, const char *key, const char **out,
		    size_t *len, struct model_error *err);

/* The member KEY of OBJ, or NULL when absent, null or OBJ is not an object. */
json_object *jf_get(json_object *obj, const char *key);
/* "path.key" or "key" into BUF. */
const char *jf_join(char *buf, size_t size, const char *path, const char *key);
/* "path[i]" into BUF. */
const char *jf_index(char *buf, size_t size, const char *path, size_t i);
/* A short quoted rendering of V for messages ("\"abc\"", "{...}", "true"). */
const char *jf_describe(json_object *v, char *buf, size_t size);

/* The records of a body: an array, an array under a wrapper key, or one object. */
struct jf_records {
	json_object *array;  /* NULL when SINGLE */
	json_object *single; /* the one object, or NULL */
	const char *path;    /* "" or the wrapper key, for messages */
};

/*
 * Finds the records in ROOT: ROOT itself when an array; the array under the first of KEYS
 * (NULL-terminated, may be NULL) present when an object; ROOT as one record when it is an
 * object and ACCEPT_SINGLE. STATUS_PARSE otherwise.
 */
enum status jf_records_find(json_object *root, const char *const *keys, bool accept_single,
			    struct jf_records *out, struct model_error *err);
size_t jf_records_count(const struct jf_records *r);
json_object *jf_records_at(const struct jf_records *r, size_t i);
/* "path[i]" of record I, into BUF ("" for a single record). */
const char *jf_records_path(const struct jf_records *r, size_t i, char *buf, size_t size);

/* How to read a list body into an array of structs (items live in the arena). */
struct jf_list_spec {
	const char *const *keys; /* wrapper keys, NULL-terminated, or NULL */
	bool accept_single;	 /* one object = a list of one */
	const struct jf_field *fields;
	size_t n_fields;
	size_t item_size;
	const char *noun; /* names a record in notes with its "id" ("action 12") */
	/* Optional: names the record in notes instead of NOUN and its id. */
	void (*subject)(json_object *obj, const char *path, char *buf, size_t size);
	/* Optional: fields the table cannot express, after the table was read. False drops
	 * the record, after noting why in err->odd (a record without a usable id). */
	bool (*finish)(json_object *obj, const char *subject, const char *path, void *item,
		       struct arena *arena, struct model_error *err);
};

/* "NOUN ID" when OBJ has a positive "id", else PATH, else NOUN, into BUF. */
const char *jf_subject(json_object *obj, const char *noun, const char *path, char *buf,
		       size_t size);

/* Record I of REC when it is an object, with "path[i]" in PATH and jf_subject's name for it
 * (NOUN) in SUBJECT; NULL, noted in err->odd as skipped, when it is anything else. */
json_object *jf_records_object(const struct jf_records *rec, size_t i, const char *noun, char *path,
			       size_t path_size, char *subject, size_t subject_size,
			       struct model_error *err);

/*
 * Parses BODY per SPEC: *ITEMS (in ARENA, zeroed before reading), *COUNT, and *RECORD_COUNT
 * (may be NULL: the wrapper's record_count, else the count). A record that is not an object,
 * or that SPEC's finish drops, is skipped with a note; odd fields are noted in err->odd.
 * ARENA must be empty; on failure it is emptied again and *ITEMS is NULL.
 */
enum status jf_list_from_json(const char *body, size_t len, const struct jf_list_spec *spec,
			      void **items, size_t *count, long *record_count, struct arena *arena,
			      struct model_error *err);

#endif
