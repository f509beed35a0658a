/* Job builders for the /Tickets routes, and query encoding through libcurl. */
#include "config.h"

#include "net/api.h"

#include <curl/curl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "model/request_json.h"
#include "net/query_url.h"
#include "util/alloc.h"
#include "util/strbuf.h"

void api_query_add(char **query, const char *name, const char *value)
{
	CURLU *u = curl_url();
	char *pair = xmalloc(strlen(name) + strlen(value) + 2);
	sprintf(pair, "%s=%s", name, value);
	char *out = NULL;
	if (u && curl_url_set(u, CURLUPART_URL, "http://127.0.0.1/", 0) == CURLUE_OK &&
	    (!*query || curl_url_set(u, CURLUPART_QUERY, *query, 0) == CURLUE_OK) &&
	    curl_url_set(u, CURLUPART_QUERY, pair, CURLU_APPENDQUERY | CURLU_URLENCODE) ==
		    CURLUE_OK &&
	    curl_url_get(u, CURLUPART_QUERY, &out, 0) == CURLUE_OK) {
		free(*query);
		*query = xstrdup(out);
	}
	curl_free(out);
	free(pair);
	curl_url_cleanup(u);
}

/* A write job of KIND carrying BODY (taken). */
struct job *api_write(enum job_kind kind, char *body, bool is_create, unsigned generation)
{
	struct job *job = job_new(kind, generation);
	job->body = body;
	job->is_create = is_create;
	return job;
}

static void api_query_int(char **query, const char *name, long value)
{
	char text[32];
	snprintf(text, sizeof(text), "%ld", value);
	api_query_add(query, name, text);
}

struct job *api_tickets_list(const char *query, int page_no, int page_size, unsigned generation)
{
	struct job *job = job_new(JOB_TICKETS_LIST, generation);
	job->page_no = page_no > 0 ? page_no : 1;
	job->page_size = page_size > 0 ? page_size : 50;
	job->query = query && *query ? xstrdup(query) : NULL;
	return job;
}

struct job *api_tickets_query(const struct ticket_query *q, int page_no, int page_size,
			      unsigned generation, struct strbuf *err)
{
	static const char base[] = "http://127.0.0.1/Tickets";
	struct ticket_query *copy =
		q ? ticket_query_copy(q) : ticket_query_new(ticket_query_list_table());
	static const char *const paging[] = { "pageinate", "page_size", "page_no" };
	for (size_t i = 0; i < sizeof(paging) / sizeof(paging[0]); i++)
		ticket_query_unset(copy, paging[i], NULL);
	char *url = NULL;
	enum status st = query_url_render(base, copy, &url, err);
	ticket_query_free(copy);
	if (st != STATUS_OK)
		return NULL;
	const char *query = strchr(url, '?');
	struct job *job =
		api_tickets_list(query ? query + 1 : NULL, page_no, page_size, generation);
	free(url);
	return job;
}

struct job *api_ticket_get(int id, const char *query, unsigned generation)
{
	struct job *job = job_new(JOB_TICKET_GET, generation);
	job->record_id = id;
	job->query = xstrdup(
		query ? query : "includedetails=true&includelastaction=true&includechildids=true");
	return job;
}

struct job *api_tickets_save(const struct ticket_update *updates, size_t n, bool returnall,
			     unsigned generation)
{
	bool is_create = false;
	for (size_t i = 0; i < n; i++)
		is_create |= updates[i].id == 0;
	struct job *job = api_write(JOB_TICKETS_SAVE, ticket_updates_to_json(updates, n), is_create,
				    generation);
	if (returnall)
		api_query_add(&job->query, "returnall", "true");
	return job;
}

struct job *api_ticket_delete(const struct ticket_delete *del, unsigned generation)
{
	struct job *job = api_write(JOB_TICKET_DELETE, NULL, false, generation);
	job->record_id = del->id;
	if (del->reason && *del->reason)
		api_query_add(&job->query, "reason", del->reason);
	return job;
}

struct job *api_tickets_vote(const struct ticket_vote *votes, size_t n, unsigned generation)
{
	return api_write(JOB_TICKETS_VOTE, ticket_votes_to_json(votes, n), false, generation);
}

struct job *api_tickets_view(const int *ids, size_t n, unsigned generation)
{
	return api_write(JOB_TICKETS_VIEW, ticket_ids_to_json(ids, n), false, generation);
}

struct job *api_tickets_process_children(const int *ids, size_t n, unsigned generation)
{
	return api_write(JOB_TICKETS_PROCESS_CHILDREN, ticket_ids_to_json(ids, n), false,
			 generation);
}

struct job *api_tickets_set_billable_project(const int *ids, size_t n, bool is_billable,
					     unsigned generation)
{
	return api_write(JOB_TICKETS_SET_BILLABLE_PROJECT,
			 ticket_billable_to_json(ids, n, is_billable), false, generation);
}

struct job *api_ticket_object(const struct ticket_update *update, unsigned generation)
{
	return api_write(JOB_TICKET_OBJECT, ticket_update_object_to_json(update), update->id == 0,
			 generation);
}

struct job *api_tickets_zapier(unsigned generation)
{
	return job_new(JOB_TICKETS_ZAPIER, generation);
}

struct job *api_tickets_sales_mailbox(unsigned generation)
{
	return job_new(JOB_TICKETS_SALES_MAILBOX, generation);
}

struct job *api_drafts_save(const struct draft *drafts, size_t n, unsigned generation)
{
	bool is_create = false;
	for (size_t i = 0; i < n; i++)
		is_create |= drafts[i].id == 0;
	return api_write(JOB_DRAFT_SAVE, drafts_to_json(drafts, n), is_create, generation);
}

struct job *api_lookup(enum job_kind kind, unsigned generation)
{
	switch (kind) {
	case JOB_STATUSES:
	case JOB_PRIORITIES:
	case JOB_AGENTS:
	case JOB_AGENT_ME:
	case JOB_TEAMS:
	case JOB_TICKET_TYPES:
	case JOB_CLIENTS:
	case JOB_OUTCOMES:
		return job_new(kind, generation);
	default:
		return NULL;
	}
}

struct job *api_get_for_ticket(enum job_kind kind, ticket_id_t ticket_id, unsigned generation)
{
	struct job *job = job_new(kind, generation);
	if (ticket_id > 0)
		api_query_int(&job->query, "ticket_id", ticket_id);
	return job;
}

struct job *api_sites_list(int client_id, unsigned generation)
{
	struct job *job = job_new(JOB_SITES, generation);
	if (client_id > 0)
		api_query_int(&job->query, "client_id", client_id);
	return job;
}

struct job *api_users_list(int client_id, int site_id, unsigned generation)
{
	struct job *job = job_new(JOB_USERS, generation);
	if (client_id > 0)
		api_query_int(&job->query, "client_id", client_id);
	if (site_id > 0)
		api_query_int(&job->query, "site_id", site_id);
	return job;
}
