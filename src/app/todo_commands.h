/* The to-dos pane's commands: add, tick, change the text; and why there is no delete. */
#ifndef HALOTUI_APP_TODO_COMMANDS_H
#define HALOTUI_APP_TODO_COMMANDS_H

#include "net/job.h"
#include "ui/command.h"

struct app;

/* todo-done, todo-delete, and todo-add or todo-edit from a key (the prompt asks for the
 * text; todo-edit offers the current one). Only in the to-dos pane. */
void app_todo_command(struct app *a, enum command cmd);
/* `:todo-add TEXT`, `:todo-edit [TEXT]` (line commands): POST /ToDo, a new to-do on the
 * pane's ticket or the selected one's new text. */
void app_todo_line(struct app *a, char **words, int n);

#endif
