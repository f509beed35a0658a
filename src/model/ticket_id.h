/* The one type of ticket ids in the model, the panes and the app. */
#ifndef HALOTUI_MODEL_TICKET_ID_H
#define HALOTUI_MODEL_TICKET_ID_H

#include <limits.h>

/* A ticket's number as Halo gives it (the `id` of a Fault): positive; 0 means "no ticket".
 * Halo's ids fit an int; every struct member, parameter and return value that holds one uses
 * this type, so a wider or narrower copy cannot creep in. */
typedef int ticket_id_t;
#define TICKET_ID_MAX INT_MAX

#endif
