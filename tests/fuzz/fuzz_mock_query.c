/* Fuzz harness: halo-mock's form/query decoder and the value parsers behind its filters. */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "mock/query.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct mock_query q;
	mock_query_init(&q);
	mock_query_parse(&q, (const char *)data, size);
	for (size_t i = 0; i < q.n; i++) {
		const char *v = q.items[i].value;
		int *ids = NULL;
		size_t n = mock_parse_int_list(v, &ids);
		for (size_t k = 0; k < n; k++)
			(void)ids[k];
		free(ids);
		int64_t t;
		(void)mock_parse_date(v, &t);
		(void)mock_query_bool(&q, q.items[i].key, false);
		(void)mock_query_long(&q, q.items[i].key, 0);
		(void)mock_query_get(&q, q.items[i].key);
	}
	mock_query_fini(&q);
	return 0;
}
