/* JSON -> the OAuth token answer and the authinfo discovery answer. */
#include "config.h"

#include "model/auth_json.h"

#include <string.h>

#include "model/field_json.h"
#include "model/values.h"
#include "util/alloc.h"

static enum status object_root(const char *body, size_t len, json_object **root,
			       struct model_error *err)
{
	enum status st = jf_parse(body, len, root, err);
	if (st != STATUS_OK)
		return st;
	if (!json_object_is_type(*root, json_type_object)) {
		char got[64];
		model_error_set(err, "body: expected an object, got %s",
				jf_describe(*root, got, sizeof(got)));
		json_object_put(*root);
		*root = NULL;
		return STATUS_PARSE;
	}
	return STATUS_OK;
}

enum status token_from_json(const char *body, size_t len, time_t now, struct token *out,
			    struct model_error *err)
{
	static const struct jf_field fields[] = {
		JF(struct token, access_token, JF_DSTR),
		JF(struct token, token_type, JF_DSTR),
		JF(struct token, refresh_token, JF_DSTR),
		JF(struct token, scope, JF_DSTR),
		JF_AS(struct token, expires_in_s, "expires_in", JF_LONG),
	};
	model_error_clear(err);
	memset(out, 0, sizeof(*out));
	json_object *root;
	enum status st = object_root(body, len, &root, err);
	if (st != STATUS_OK)
		return st;
	st = jf_read_fields(root, "", "", fields, sizeof(fields) / sizeof(fields[0]), out, NULL,
			    err);
	json_object_put(root);
	if (st == STATUS_OK && (!out->access_token || !*out->access_token)) {
		model_error_set(err, "access_token: missing from the token answer");
		st = STATUS_PARSE;
	}
	if (st != STATUS_OK) {
		token_fini(out);
		return st;
	}
	if (out->expires_in_s != MODEL_UNSET &&
	    (out->expires_in_s < TOKEN_MIN_EXPIRES_S || out->expires_in_s > TOKEN_MAX_EXPIRES_S)) {
		/* A nonsense lifetime would renew the token at every request, or never. */
		if (err)
			odd_fields_add(&err->odd,
				       "expires_in: %ld s is not a token lifetime; taken as %d s",
				       out->expires_in_s, TOKEN_DEFAULT_EXPIRES_S);
		out->expires_in_s = MODEL_UNSET;
	}
	if (out->expires_in_s == MODEL_UNSET)
		out->expires_in_s = TOKEN_DEFAULT_EXPIRES_S;
	if (!out->token_type)
		out->token_type = xstrdup("Bearer");
	out->expires_at = now + (time_t)out->expires_in_s;
	return STATUS_OK;
}

enum status authinfo_from_json(const char *body, size_t len, struct authinfo *out,
			       struct model_error *err)
{
	static const struct jf_field fields[] = {
		JF(struct authinfo, auth_url, JF_DSTR),
		JF(struct authinfo, tenant_id, JF_DSTR),
	};
	model_error_clear(err);
	memset(out, 0, sizeof(*out));
	json_object *root;
	enum status st = object_root(body, len, &root, err);
	if (st != STATUS_OK)
		return st;
	st = jf_read_fields(root, "", "", fields, sizeof(fields) / sizeof(fields[0]), out, NULL,
			    err);
	json_object_put(root);
	if (st != STATUS_OK)
		authinfo_fini(out);
	return st;
}
