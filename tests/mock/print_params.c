/* Prints halo-mock's table of the GET /api/Tickets parameters it acts on as Markdown rows:
 * tests/mock/readme-params.sh compares them with the README. */
#include "config.h"

#include <stdio.h>

#include "mock/tickets_params.h"

int main(void)
{
	mock_tickets_params_markdown(stdout);
	return 0;
}
