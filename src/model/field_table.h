/* Field tables: which member of a model struct a JSON key fills, and how it is read. */
#ifndef HALOTUI_MODEL_FIELD_TABLE_H
#define HALOTUI_MODEL_FIELD_TABLE_H

#include <stddef.h>

enum jf_kind {
	JF_INT,	   /* int: null/absent/-1 -> MODEL_UNSET; 21.0 and "21" accepted */
	JF_COUNT,  /* int: like JF_INT but absent/null/-1 -> 0 */
	JF_LONG,   /* long: absent -> MODEL_UNSET */
	JF_STR,	   /* const char * in the arena: absent -> ""; numbers/bools as their text */
	JF_DSTR,   /* char * malloc'd: absent -> NULL (left as is) */
	JF_TIME,   /* time_t: absent/placeholder -> MODEL_NO_TIME */
	JF_BOOL,   /* bool: absent -> false; true/false, 0/1, "true"/"false" */
	JF_DOUBLE, /* double: absent -> 0 */
};

/* One field of a struct read from an object: key, kind and where it goes. */
struct jf_field {
	const char *key;
	enum jf_kind kind;
	size_t offset;
};

#define JF(type, member, kind)                                                                     \
	{                                                                                          \
#member, kind, offsetof(type, member)                                              \
	}
#define JF_AS(type, member, key, kind)                                                             \
	{                                                                                          \
		key, kind, offsetof(type, member)                                                  \
	}

#endif
