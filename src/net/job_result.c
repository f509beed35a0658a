/* Results: freeing one with the model structs it owns. */
#include "config.h"

#include <stdlib.h>

#include "net/job.h"
#include "net/payload.h"

void job_result_free(struct job_result *result)
{
	if (!result)
		return;
	if (result->status == STATUS_OK)
		payload_free(result->kind, &result->data);
	free(result->odd);
	api_error_fini(&result->error);
	free(result->body);
	free(result);
}
