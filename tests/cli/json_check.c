/* Reads JSON on stdin for the command tests and prints what they compare:
 *   json_check count        the length of the one array (or the number of jsonl lines)
 *   json_check field NAME   NAME of every object, one per line (arrays, jsonl or one object)
 *   json_check keys         the keys of the first object, one per line
 * Exit 1 when the input is not JSON of that shape: the test then fails. Run without
 * arguments (as make check runs every check program) it checks its own reading of a
 * sample. */
#include <json-c/json.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char *read_all(size_t *len)
{
	size_t cap = 65536;
	char *buf = malloc(cap);
	*len = 0;
	size_t n;
	while (buf && (n = fread(buf + *len, 1, cap - *len - 1, stdin)) > 0) {
		*len += n;
		if (cap - *len < 2) {
			cap *= 2;
			buf = realloc(buf, cap);
		}
	}
	if (buf)
		buf[*len] = '\0';
	return buf;
}

static int print_field(json_object *obj, const char *name)
{
	json_object *v;
	if (!json_object_is_type(obj, json_type_object))
		return 1;
	if (!json_object_object_get_ex(obj, name, &v))
		printf("(absent)\n");
	else if (json_object_is_type(v, json_type_string))
		printf("%s\n", json_object_get_string(v));
	else
		printf("%s\n", json_object_to_json_string_ext(v, JSON_C_TO_STRING_PLAIN));
	return 0;
}

/* The sample read back: an array of two objects and a jsonl line. */
static int self_check(void)
{
	json_object *doc = json_tokener_parse("[{\"id\":1,\"s\":\"a\"},{\"id\":2}]");
	int ok = doc && json_object_array_length(doc) == 2 &&
		 json_object_get_int(
			 json_object_object_get(json_object_array_get_idx(doc, 1), "id")) == 2;
	json_object_put(doc);
	printf("json_check: %s\n", ok ? "reads its sample" : "cannot read its sample");
	return ok ? 0 : 1;
}

int main(int argc, char **argv)
{
	if (argc < 2)
		return self_check();
	size_t len;
	char *text = read_all(&len);
	json_tokener *tok = json_tokener_new();
	size_t at = 0, n_docs = 0, count = 0;
	int rc = 0;
	while (text && at < len && rc == 0) {
		while (at < len && strchr(" \t\r\n", text[at]))
			at++;
		if (at == len)
			break;
		json_tokener_reset(tok);
		json_object *doc = json_tokener_parse_ex(tok, text + at, (int)(len - at));
		if (!doc && json_tokener_get_error(tok) != json_tokener_success) {
			fprintf(stderr, "json_check: not JSON at byte %zu\n", at);
			return 1;
		}
		at += (size_t)json_tokener_get_parse_end(tok);
		n_docs++;
		size_t n = json_object_is_type(doc, json_type_array) ? json_object_array_length(doc)
								     : 1;
		for (size_t i = 0; i < n && rc == 0; i++) {
			json_object *obj = json_object_is_type(doc, json_type_array)
						   ? json_object_array_get_idx(doc, i)
						   : doc;
			count++;
			if (!strcmp(argv[1], "field") && argc > 2)
				rc = print_field(obj, argv[2]);
			else if (!strcmp(argv[1], "keys") && count == 1) {
				json_object_object_foreach(obj, key, v)
				{
					(void)v;
					printf("%s\n", key);
				}
			}
		}
		json_object_put(doc);
	}
	if (!strcmp(argv[1], "count"))
		printf("%zu\n", count);
	json_tokener_free(tok);
	free(text);
	return rc || (!n_docs && strcmp(argv[1], "count"));
}
