/* JSON -> forecasts and closure confirmations. */
#ifndef HALOTUI_MODEL_MISC_JSON_H
#define HALOTUI_MODEL_MISC_JSON_H

#include <stddef.h>

#include "model/model_error.h"
#include "model/requests.h"
#include "util/status.h"

/* GET /FaultsForecasting/{id}: one object. Convention of model/ticket_json.h. */
enum status forecast_from_json(const char *body, size_t len, struct forecast *out,
			       struct model_error *err);
/* GET /FaultsForecasting/{id}: a ticket's entries, an array or one object (Halo documents
 * "one"; both are read). An element that is not an object is skipped with a note. Caller:
 * forecast_list_fini. */
enum status forecast_list_from_json(const char *body, size_t len, struct forecast_list *out,
				    struct model_error *err);
/* GET /ConfirmClosure (array) or /ConfirmClosure/{id} (object). Caller: closure_list_fini. */
enum status closure_list_from_json(const char *body, size_t len, struct closure_list *out,
				   struct model_error *err);

#endif
