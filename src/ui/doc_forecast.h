/* A ticket's forecast hours as document lines: the total, then one line per entry. */
#ifndef HALOTUI_UI_DOC_FORECAST_H
#define HALOTUI_UI_DOC_FORECAST_H

#include "model/lookups.h"
#include "model/requests.h"
#include "ui/doc.h"

/* Adds "Total: 6.5 h in 3 entries", then each entry ("2026-12-01  2.5 h  Ana Hughes  #4"),
 * each an entry of the pane (the cursor stops on it; edit changes it). Agents by name. */
void doc_forecast_lines(struct doc *doc, const struct forecast_list *l, const struct lookups *lk);
/* HOURS as the pane and the forms write them: "2.5", "1", "0.25". */
void doc_forecast_hours(double hours, char *buf, size_t size);

#endif
