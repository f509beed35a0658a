/* JSON -> token and authinfo. */
#ifndef HALOTUI_MODEL_AUTH_JSON_H
#define HALOTUI_MODEL_AUTH_JSON_H

#include <stddef.h>
#include <time.h>

#include "model/auth.h"
#include "model/model_error.h"
#include "util/status.h"

/* Token response; expires_at = NOW + expires_in (3600 when missing, and when outside
 * TOKEN_MIN_EXPIRES_S..TOKEN_MAX_EXPIRES_S, with a note in ERR's odd fields). STATUS_PARSE
 * when there is no access_token. Caller: token_fini. */
enum status token_from_json(const char *body, size_t len, time_t now, struct token *out,
			    struct model_error *err);
/* GET /api/authinfo {auth_url, tenant_id}. Caller: authinfo_fini. */
enum status authinfo_from_json(const char *body, size_t len, struct authinfo *out,
			       struct model_error *err);

#endif
