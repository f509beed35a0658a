/* The field-naming error message of model parsers. */
#include "config.h"

#include "model/model_error.h"

#include <stdarg.h>
#include <stdio.h>

void model_error_clear(struct model_error *err)
{
	if (err)
		err->message[0] = '\0';
}

void model_error_set(struct model_error *err, const char *fmt, ...)
{
	if (!err)
		return;
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(err->message, sizeof(err->message), fmt, ap);
	va_end(ap);
}
