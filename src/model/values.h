/* Conventions shared by every model struct: what "not set" looks like. */
#ifndef HALOTUI_MODEL_VALUES_H
#define HALOTUI_MODEL_VALUES_H

#include <time.h>

/*
 * Integer ids and counts are `int`. A field the server left out, sent as null, or sent as
 * -1 (Halo's own "not set") is MODEL_UNSET. Dates are UTC time_t; MODEL_NO_TIME (0) means
 * absent, null, "0001-01-01T00:00:00" or any 1900-01-01 date. Strings held by model
 * structs are never NULL: absent is "".
 */
#define MODEL_UNSET (-1)
#define MODEL_NO_TIME ((time_t)0)

#endif
