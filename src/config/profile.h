/* Profiles: choosing one, and the connection it describes (environment overrides, URL
 * rules, the client secret). */
#ifndef HALOTUI_CONFIG_PROFILE_H
#define HALOTUI_CONFIG_PROFILE_H

#include "config/configuration.h"
#include "util/status.h"

/* The connection of the selected profile, everything resolved. Caller owns every string;
 * profile_connection_fini wipes the secret. */
struct profile_connection {
	char *profile;	/* "" for the unnamed profile */
	char *url;	/* instance root, no trailing '/' */
	char *api_url;	/* URL/api */
	char *auth_url; /* auth_url, or URL/auth */
	bool is_auth_url_derived;
	char *tenant;	     /* "" when not set */
	char *client_id;     /* "" when not set */
	char *client_secret; /* NULL when the profile signs agents in (auth = agent) */
	bool is_agent;	     /* auth = agent: authorization code with PKCE, refresh tokens */
	char *scope;	     /* the `scope` setting */
	char *redirect_uri;  /* the `redirect_uri` setting */
};

/* The profile called NAME, or NULL. NAME "" is the unnamed profile. */
struct config_profile *profile_find(struct config *cfg, const char *name);
/* The profile called NAME, created (recording FILE:LINE) when absent. */
struct config_profile *profile_get_or_add(struct config *cfg, const char *name, const char *file,
					  unsigned line);

/* Selects the profile called NAME; NAME NULL or "" means the `default-profile` setting, or the
 * unnamed profile when that is unset too. STATUS_NOT_FOUND with *ERROR (caller frees) when
 * the profile does not exist. */
enum status profile_select(struct config *cfg, const char *name, char **error);

/* Resolves the selected profile's connection: HALOTUI_URL, HALOTUI_AUTH_URL, HALOTUI_TENANT,
 * HALOTUI_CLIENT_ID, HALOTUI_CLIENT_SECRET win over the file; the URL rules are checked; the
 * secret comes from the environment, else client_secret, else client_secret_command (run
 * here, so this may take up to `secret-timeout` seconds); with auth = agent none is needed. On failure returns a status with
 * *ERROR (caller frees; never containing a secret) and OUT empty. */
enum status profile_connection(struct config *cfg, struct profile_connection *out, char **error);
void profile_connection_fini(struct profile_connection *conn);

#endif
