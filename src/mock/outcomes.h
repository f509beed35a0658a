/* The outcomes of actions (GET /api/Outcome): the kinds a note can be, fixed for every seed. */
#ifndef HALOTUI_MOCK_OUTCOMES_H
#define HALOTUI_MOCK_OUTCOMES_H

#include <stdbool.h>
#include <stddef.h>

/* One outcome as Halo's TOutcome object has it (the fields a note form uses). */
struct mock_outcome {
	int id;
	const char *outcome;	/* the name an action carries in its `outcome` */
	const char *buttonname; /* the label of the agent app's button */
	const char *labellong;
	const char *colour;
	int systemid;	   /* nonzero: an action the system logs (excludesystemactions drops it) */
	int newstatus;	   /* the status the outcome moves a ticket to by default; 0: none */
	int sendemail;	   /* 0 never, 1 by default, 2 always */
	bool hidefromuser; /* actions of this outcome are private by default */
	bool mustaddnote;
	bool hidden; /* retired: listed only with showhidden=true, refused by POST /Actions */
};

/* The table, in its display order (sequence = index + 1). */
extern const struct mock_outcome mock_outcomes[];
extern const size_t mock_n_outcomes;

/* The outcome with ID, or NULL. */
const struct mock_outcome *mock_outcome_by_id(int id);
/* The outcome named NAME (case-insensitively), or NULL. */
const struct mock_outcome *mock_outcome_by_name(const char *name);

#endif
