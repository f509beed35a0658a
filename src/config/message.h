/* Error messages of the config layer: printf into a new string. */
#ifndef HALOTUI_CONFIG_MESSAGE_H
#define HALOTUI_CONFIG_MESSAGE_H

#include <stdarg.h>

/* A new string formatted from FMT; caller frees. Never NULL (allocation aborts). */
char *message_format(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
char *message_vformat(const char *fmt, va_list ap) __attribute__((format(printf, 1, 0)));

#endif
