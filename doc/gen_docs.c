/* Writes halotui's man pages, shell completions and example config from its tables (settings,
 * commands and their keys, colour roles, subcommands, their options, exit codes, the /Tickets
 * parameters), so that none of them can drift from the program:
 *   gen_docs man1 VERSION | conf5 VERSION | config | bash | zsh | fish */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "config/settings.h"
#include "config/theme.h"
#include "model/ticket_query.h"
#include "ui/command.h"
#include "ui/key.h"

struct subcommand_row {
	const char *name, *usage, *help;
};
static const struct subcommand_row subcommands[] = {
#define X(name, handler, usage, help) { name, usage, help },
#include "cli/subcommands.def"
#undef X
};
#define N_SUBCOMMANDS (sizeof(subcommands) / sizeof(subcommands[0]))

struct option_row {
	const char *name, *value, *help;
};
static const struct option_row options[] = {
#define X(name, value, help) { name, value, help },
#include "cli/options.def"
#undef X
};
#define N_OPTIONS (sizeof(options) / sizeof(options[0]))

/* The console's own options (src/main.c reads them). */
static const struct option_row console_options[] = {
	{ "--theme", "NAME", "colour theme (default, light, mono, high-contrast, ...)" },
	{ "--no-color", "", "attributes only, no colours (also when NO_COLOR is set)" },
	{ "--headless", "", "run without a terminal (for tests), with --script" },
	{ "--script", "FILE", "keys and :commands to feed, one line at a time" },
	{ "--size", "ROWSxCOLS", "the screen size of a headless run (default 24x80)" },
	{ "--help", "", "show the options and commands" },
	{ "--version", "", "show the version" },
};
#define N_CONSOLE (sizeof(console_options) / sizeof(console_options[0]))

struct exit_row {
	int code;
	const char *meaning;
};
static const struct exit_row exit_codes[] = {
#define X(constant, code, meaning) { code, meaning },
#include "cli/exit_codes.def"
#undef X
};

/* TEXT for roff: backslashes, hyphens and a leading dot or quote made literal. */
static void roff(const char *text)
{
	if (*text == '.' || *text == '\'')
		fputs("\\&", stdout);
	for (const char *p = text; *p; p++) {
		if (*p == '\\')
			fputs("\\e", stdout);
		else if (*p == '-')
			fputs("\\-", stdout);
		else
			putchar(*p);
	}
}

static void roff_line(const char *text)
{
	roff(text);
	putchar('\n');
}

static void man_option(const struct option_row *o)
{
	fputs(".TP\n.B ", stdout);
	roff(o->name);
	if (*o->value) {
		fputs(" \\fI", stdout);
		roff(o->value);
		fputs("\\fR", stdout);
	}
	putchar('\n');
	roff_line(o->help);
}

/* The default keys of CMD, "j, Down", into BUF ("" when none). */
static void keys_of(enum command cmd, char *buf, size_t size)
{
	const int *keys = command_default_keys(cmd);
	size_t used = 0;
	buf[0] = '\0';
	for (size_t i = 0; keys && keys[i] && used + 2 < size; i++) {
		char name[32];
		ui_key_name(keys[i], name, sizeof(name));
		used += (size_t)snprintf(buf + used, size - used, "%s%s", i ? ", " : "", name);
	}
}

static void man_commands_and_keys(void)
{
	for (int c = 0; c < CMD_COUNT; c++) {
		char keys[128];
		keys_of((enum command)c, keys, sizeof(keys));
		fputs(".TP\n.B ", stdout);
		roff(command_name((enum command)c));
		if (*command_usage((enum command)c)) {
			fputs(" \\fI", stdout);
			roff(command_usage((enum command)c));
			fputs("\\fR", stdout);
		}
		putchar('\n');
		roff(command_help((enum command)c));
		if (*keys) {
			fputs(" (keys: ", stdout);
			roff(keys);
			putchar(')');
		}
		putchar('\n');
	}
}

static void man1(const char *version)
{
	printf(".TH HALOTUI 1 \"\" \"halotui %s\" \"User Commands\"\n", version);
	puts(".SH NAME\nhalotui \\- a terminal console and a scripting tool for HaloPSA tickets");
	puts(".SH SYNOPSIS\n.B halotui\n[\\fIOPTION\\fR...]\n.br\n.B halotui\n\\fICOMMAND\\fR "
	     "[\\fIOPTION\\fR...] [\\fIARGUMENT\\fR...]");
	puts(".SH DESCRIPTION\nWithout a command, halotui is a console: a ticket list, the "
	     "ticket's "
	     "details, history, approvals and to\\-dos, driven by keys and by commands typed at "
	     "\\fB:\\fR. With a command it answers a script: it prints records in the format asked "
	     "and exits with a code that says what happened.");
	puts(".SH OPTIONS");
	for (size_t i = 0; i < N_OPTIONS; i++)
		man_option(&options[i]);
	for (size_t i = 0; i < N_CONSOLE; i++)
		man_option(&console_options[i]);
	puts(".SH COMMANDS");
	for (size_t i = 0; i < N_SUBCOMMANDS; i++) {
		fputs(".TP\n.B ", stdout);
		roff(subcommands[i].name);
		if (*subcommands[i].usage) {
			fputs(" ", stdout);
			roff(subcommands[i].usage);
		}
		putchar('\n');
		roff_line(subcommands[i].help);
	}
	puts(".SS Flags of list\nEvery parameter of GET /api/Tickets is a flag of \\fBlist\\fR, "
	     "checked by its type before anything is sent:");
	for (size_t i = 0; i < ticket_query_param_count(); i++) {
		const struct query_param *p = ticket_query_param(i);
		printf(".TP\n.B \\-\\-");
		roff(p->name);
		fputs(" \\fI", stdout);
		roff(query_type_name(p->type));
		puts("\\fR");
		roff_line(p->description);
	}
	puts(".SH KEYS\nThe console's commands with their default keys; \\fBbind\\fR in "
	     "halotui.conf(5) changes them.");
	man_commands_and_keys();
	puts(".SH EXIT STATUS");
	for (size_t i = 0; i < sizeof(exit_codes) / sizeof(exit_codes[0]); i++) {
		printf(".TP\n.B %d\n", exit_codes[i].code);
		roff_line(exit_codes[i].meaning);
	}
	puts(".SH ENVIRONMENT\n.TP\n.B HALOTUI_URL\\fR, \\fBHALOTUI_AUTH_URL\\fR, "
	     "\\fBHALOTUI_TENANT\\fR, \\fBHALOTUI_CLIENT_ID\nwin over the selected profile's "
	     "settings\n.TP\n.B HALOTUI_CLIENT_SECRET\nthe client secret (taken out of the "
	     "environment at start)\n.TP\n.B NO_COLOR\nattributes only, no colours\n.TP\n"
	     ".B XDG_CONFIG_HOME\\fR, \\fBXDG_STATE_HOME\\fR, \\fBXDG_CACHE_HOME\nwhere the "
	     "config, the outbox and the lookup cache live");
	puts(".SH FILES\n\\fBhalotui config paths\\fR lists every one.\n.TP\n"
	     ".I ~/.config/halotui/config\nthe configuration, see halotui.conf(5)\n.TP\n"
	     ".I ~/.local/state/halotui/PROFILE/outbox\nchanges not yet accepted by the server");
	puts(".SH SEE ALSO\nhalotui.conf(5), halo\\-mock(1)");
}

static void conf_setting(const struct setting_info *s)
{
	static const char *const types[] = { "yes/no", "number",  "text",    "name", "one of",
					     "file",   "command", "columns", "URL",  "secret" };
	fputs(".TP\n.B ", stdout);
	roff(s->name);
	fputs(" \\fR(", stdout);
	roff(types[s->type]);
	if (s->allowed) {
		putchar(' ');
		roff(s->allowed);
	}
	if (s->type == SETTING_TYPE_INT)
		printf(" %ld\\-%ld", s->min, s->max);
	printf("%s; default: ", s->scope == SCOPE_PROFILE ? ", per profile" : "");
	roff(*s->default_text ? s->default_text : "none");
	puts(")");
	roff_line(s->help);
}

static void conf5(const char *version)
{
	printf(".TH HALOTUI.CONF 5 \"\" \"halotui %s\" \"File Formats\"\n", version);
	puts(".SH NAME\nhalotui.conf \\- the configuration of halotui");
	puts(".SH DESCRIPTION\nThe file \\fI~/.config/halotui/config\\fR, theme files and the "
	     "console's \\fB:\\fR prompt speak one line language. Each line is one of:\n.TP\n"
	     ".B set \\fINAME\\fB = \\fIVALUE\\fR\na setting (below)\n.TP\n"
	     ".B bind \\fIPANE KEY COMMAND\\fR\na key of a pane (or \\fBgeneric\\fR) runs a "
	     "command\n.TP\n.B color \\fIROLE FG BG\\fR [\\fIATTR\\fR...]\nthe colours of a "
	     "role\n.TP\n.B view \"\\fINAME\\fB\" \\fIPARAM\\fB=\\fIVALUE\\fR ...\na saved ticket "
	     "query (/Tickets parameters)\n.TP\n.B profile \\fINAME\\fR\nthe connection settings "
	     "that follow belong to profile NAME\n.TP\n.B source \\fIFILE\\fR\nreads another file "
	     "(relative to this one)\n.PP\nA \\fB#\\fR starts a comment; values with spaces are "
	     "quoted.");
	puts(".SH SETTINGS");
	for (int i = 0; i < SETTING_COUNT; i++)
		conf_setting(setting_info((enum setting)i));
	puts(".SH COMMANDS\nThe commands that \\fBbind\\fR and the \\fB:\\fR prompt take, with "
	     "their default keys:");
	man_commands_and_keys();
	puts(".SH ROLES\nThe colour roles of \\fBcolor\\fR lines and theme files:");
	for (int r = 0; r < ROLE_COUNT; r++) {
		fputs(".TP\n.B ", stdout);
		roff_line(theme_role_name((enum role)r));
		roff_line(theme_role_help((enum role)r));
	}
	puts(".SH SEE ALSO\nhalotui(1)");
}

/* One "#set NAME = DEFAULT" line: an empty default as "", one with blanks in quotes, as the
 * config language reads them. */
static void example_setting(const struct setting_info *s)
{
	const char *v = s->default_text;
	if (!*v)
		printf("#set %s = \"\"\n", s->name);
	else if (strpbrk(v, " \t"))
		printf("#set %s = \"%s\"\n", s->name, v);
	else
		printf("#set %s = %s\n", s->name, v);
}

/* An example config with every setting at its default, commented out. */
static void example_config(void)
{
	puts("# halotui's configuration: copy to ~/.config/halotui/config and edit.\n"
	     "# Every setting is shown at its default, commented out; see halotui.conf(5).\n");
	for (int i = 0; i < SETTING_COUNT; i++) {
		const struct setting_info *s = setting_info((enum setting)i);
		if (s->scope == SCOPE_PROFILE)
			continue;
		printf("# %s\n", s->help);
		example_setting(s);
		putchar('\n');
	}
	puts("# A connection: one profile per HaloPSA instance.\nprofile work");
	for (int i = 0; i < SETTING_COUNT; i++) {
		const struct setting_info *s = setting_info((enum setting)i);
		if (s->scope != SCOPE_PROFILE || s->type == SETTING_TYPE_SECRET)
			continue;
		printf("# %s\n", s->help);
		example_setting(s);
	}
	puts("\n# A saved ticket query, for `halotui list --view` and `:view`.\n"
	     "#view \"My open\" agent_id=3 open_only=true");
}

/* Words a subcommand takes after its name, from its usage: lower-case words and flags. */
static void usage_words(const char *usage, const char *sep)
{
	char word[64];
	size_t n = 0;
	for (const char *p = usage;; p++) {
		bool is_part = *p && !strchr(" []|.", *p);
		if (is_part && n + 1 < sizeof(word)) {
			word[n++] = *p;
			continue;
		}
		word[n] = '\0';
		bool is_upper = n && word[n - 1] >= 'A' && word[n - 1] <= 'Z';
		if (n > 1 && !is_upper && !strchr(word, '=') && strcmp(word, "-"))
			printf("%s%s", word, sep);
		n = 0;
		if (!*p)
			break;
	}
}

static void bash(void)
{
	puts("# bash completion of halotui, generated from its tables.\n_halotui()\n{\n"
	     "\tlocal cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]} cmd= i");
	fputs("\tlocal commands='", stdout);
	for (size_t i = 0; i < N_SUBCOMMANDS; i++)
		printf("%s%s", i ? " " : "", subcommands[i].name);
	fputs("'\n\tlocal options='", stdout);
	for (size_t i = 0; i < N_OPTIONS; i++)
		printf("%s%s", i ? " " : "", options[i].name);
	fputs("'\n\tlocal console='", stdout);
	for (size_t i = 0; i < N_CONSOLE; i++)
		printf("%s%s", i ? " " : "", console_options[i].name);
	puts("'\n\tfor ((i = 1; i < COMP_CWORD; i++)); do\n\t\tcase ${COMP_WORDS[i]} in\n"
	     "\t\t--profile | --log | --format | --columns | --theme | --script | --size) "
	     "((i++)) ;;\n\t\t-*) ;;\n\t\t*) cmd=${COMP_WORDS[i]}; break ;;\n\t\tesac\n\tdone\n"
	     "\tcase $prev in\n\t--format) COMPREPLY=($(compgen -W 'table plain json jsonl csv "
	     "tsv' -- \"$cur\")); return ;;\n\t--log | --script) COMPREPLY=($(compgen -f -- "
	     "\"$cur\")); return ;;\n\t--profile | --columns | --theme | --size) return ;;\n"
	     "\tesac\n\tlocal words=\n\tcase $cmd in\n\t'') words=\"$commands $options $console\" "
	     ";;");
	for (size_t i = 0; i < N_SUBCOMMANDS; i++) {
		printf("\t%s) words='", subcommands[i].name);
		usage_words(subcommands[i].usage, " ");
		if (!strcmp(subcommands[i].name, "list"))
			for (size_t p = 0; p < ticket_query_param_count(); p++)
				printf("--%s ", ticket_query_param(p)->name);
		puts("' ;;");
	}
	puts("\tesac\n\tCOMPREPLY=($(compgen -W \"$words $options\" -- \"$cur\"))\n}\n"
	     "complete -F _halotui halotui");
}

/* TEXT inside single quotes of a shell word. */
static void quoted(const char *text)
{
	for (const char *p = text; *p; p++)
		if (*p == '\'')
			fputs("'\\''", stdout);
		else
			putchar(*p);
}

static void zsh(void)
{
	puts("#compdef halotui\n# zsh completion of halotui, generated from its tables.\n"
	     "local -a commands options\nlocal i cmd=");
	puts("commands=(");
	for (size_t i = 0; i < N_SUBCOMMANDS; i++) {
		printf("\t'%s:", subcommands[i].name);
		quoted(subcommands[i].help);
		puts("'");
	}
	fputs(")\noptions=(", stdout);
	for (size_t i = 0; i < N_OPTIONS; i++)
		printf(" %s", options[i].name);
	for (size_t i = 0; i < N_CONSOLE; i++)
		printf(" %s", console_options[i].name);
	puts(" )\nfor ((i = 2; i < CURRENT; i++)); do\n\tcase ${words[i]} in\n"
	     "\t--profile | --log | --format | --columns | --theme | --script | --size) "
	     "((i++)) ;;\n\t-*) ;;\n\t*) cmd=${words[i]}; break ;;\n\tesac\ndone\n"
	     "case ${words[CURRENT-1]} in\n--format) compadd table plain json jsonl csv tsv; "
	     "return ;;\n--log | --script) _files; return ;;\n--profile | --columns | --theme | "
	     "--size) return ;;\nesac\ncase $cmd in\n'') _describe command commands; compadd -- "
	     "$options ;;");
	for (size_t i = 0; i < N_SUBCOMMANDS; i++) {
		printf("%s) compadd -- $options ", subcommands[i].name);
		usage_words(subcommands[i].usage, " ");
		if (!strcmp(subcommands[i].name, "list"))
			for (size_t p = 0; p < ticket_query_param_count(); p++)
				printf("--%s ", ticket_query_param(p)->name);
		puts(";;");
	}
	puts("esac");
}

/* The flags of a subcommand's USAGE ("--note" of "ID [--note TEXT]"), each offered after
 * the subcommand NAME. */
static void fish_flags(const char *name, const char *usage)
{
	for (const char *p = strstr(usage, "--"); p; p = strstr(p, "--")) {
		size_t n = 2;
		while ((p[n] >= 'a' && p[n] <= 'z') || p[n] == '-' || p[n] == '_')
			n++;
		bool is_flag =
			n > 2 && !(p[n] >= 'A' && p[n] <= 'Z') && (p == usage || p[-1] != '-');
		if (is_flag)
			printf("complete -c halotui -n '__fish_seen_subcommand_from %s' -l %.*s\n",
			       name, (int)(n - 2), p + 2);
		p += n;
	}
}

static void fish(void)
{
	puts("# fish completion of halotui, generated from its tables.\ncomplete -c halotui -f");
	for (size_t i = 0; i < N_SUBCOMMANDS; i++) {
		printf("complete -c halotui -n __fish_use_subcommand -a %s -d '",
		       subcommands[i].name);
		quoted(subcommands[i].help);
		puts("'");
	}
	for (size_t i = 0; i < N_OPTIONS; i++) {
		printf("complete -c halotui -l %s%s -d '", options[i].name + 2,
		       *options[i].value ? " -r" : "");
		quoted(options[i].help);
		puts("'");
	}
	puts("complete -c halotui -l format -x -a 'table plain json jsonl csv tsv'");
	for (size_t i = 0; i < N_SUBCOMMANDS; i++)
		fish_flags(subcommands[i].name, subcommands[i].usage);
	for (size_t p = 0; p < ticket_query_param_count(); p++) {
		const struct query_param *q = ticket_query_param(p);
		printf("complete -c halotui -n '__fish_seen_subcommand_from list' -l %s -r -d '",
		       q->name);
		quoted(query_type_name(q->type));
		puts("'");
	}
}

int main(int argc, char **argv)
{
	const char *what = argc > 1 ? argv[1] : "";
	const char *version = argc > 2 ? argv[2] : PACKAGE_VERSION;
	if (!strcmp(what, "man1"))
		man1(version);
	else if (!strcmp(what, "conf5"))
		conf5(version);
	else if (!strcmp(what, "config"))
		example_config();
	else if (!strcmp(what, "bash"))
		bash();
	else if (!strcmp(what, "zsh"))
		zsh();
	else if (!strcmp(what, "fish"))
		fish();
	else {
		fprintf(stderr, "usage: gen_docs man1|conf5|config|bash|zsh|fish [VERSION]\n");
		return 2;
	}
	return ferror(stdout) ? 1 : 0;
}
