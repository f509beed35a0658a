/* One record's fields (an approval step, a closure confirmation) as document lines. */
#ifndef HALOTUI_UI_DOC_RECORD_H
#define HALOTUI_UI_DOC_RECORD_H

#include "model/lookups.h"
#include "ui/doc.h"
#include "ui/pane_data.h"

/* The approval step RAW's record holds (its `seq` field), 0 when it says none. */
int doc_record_seq(const struct raw_answer *raw);
/* Adds the fields of RAW's record (json_text lines "NAME: VALUE", see model/json_text_json.h):
 * names in one column, values wrapped under themselves, an empty line between records. Ids
 * the lookups know get their name beside them (agent_id: 7 (Hiroshi Takahashi)), an
 * approval's result its word. */
void doc_record_lines(struct doc *doc, const struct raw_answer *raw, const struct lookups *l);

#endif
