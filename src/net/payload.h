/* Reply bodies into model structs, through the model's JSON readers. */
#ifndef HALOTUI_NET_PAYLOAD_H
#define HALOTUI_NET_PAYLOAD_H

#include <stddef.h>

#include "model/odd_fields.h"
#include "net/job.h"
#include "util/log.h"
#include "util/status.h"

/* Reads the 2xx reply BODY of a KIND job into OUT (the member job.def names), through the one
 * reader the member's row of the table names. *ODD gets the notes on fields left unset (caller
 * owns; NULL when none). On failure a STATUS_PARSE with a clear MESSAGE (caller owns). */
enum status payload_parse(enum job_kind kind, const char *body, size_t len, union job_payload *out,
			  struct odd_fields **odd, char **message);
/* Logs one line per note of ODD (NULL-safe) and one for those past the cap. */
void payload_log_odd(struct log *log, const struct odd_fields *odd);
/* Frees what payload_parse put in DATA for KIND. */
void payload_free(enum job_kind kind, union job_payload *data);
/* The token reply: access token (caller owns) and lifetime (3600 when missing or nonsense).
 * On success MESSAGE is NULL, or a note to say once (a nonsense lifetime; caller owns). */
enum status payload_parse_token(const char *body, size_t len, char **access_token,
				long *expires_in_s, char **message);
/* The /api/authinfo reply: the auth server URL and, when TENANT_ID is not NULL, the tenant it
 * names (NULL when none); caller owns both. */
enum status payload_parse_authinfo(const char *body, size_t len, char **auth_url, char **tenant_id,
				   char **message);

#endif
