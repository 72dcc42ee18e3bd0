/* rustg-vk's command line: rustc's options and messages (cargo, sccache and
 * IDEs drive rustg-vk as they drive rustc), and rustg-vk's own options. */
#include "cli.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#define HOST_TRIPLE "x86_64-unknown-linux-gnu"

void cli_usage(FILE *f)
{
    fprintf(f,
            "Usage: rustg-vk [OPTIONS] INPUT\n"
            "\n"
            "Compiles the Rust source file INPUT (`-`: standard input) on a Vulkan device.\n"
            "\n"
            "Options:\n"
            "  -h, --help              print this help\n"
            "  -V, --version           print version (-vV: rustc's verbose version, which cargo reads)\n"
            "  -v, --verbose           with -V: verbose version\n"
            "  -o FILE                 write output to FILE\n"
            "  --out-dir DIR           write outputs into DIR, named as rustc names them (several\n"
            "                          inputs: one compile each, in one process)\n"
            "  --emit KIND[=PATH],...  link (default; also exe), obj, dep-info, metadata, and\n"
            "                          rustg-vk's text dumps tokens, cst, ast, ast-spans,\n"
            "                          typed-ast\n"
            "  --crate-name NAME       name of the crate (and of its outputs)\n"
            "  --crate-type TYPE       bin (the others are named by --print=file-names, not built)\n"
            "  --edition YEAR          2015, 2018, 2021 or 2024\n"
            "  --print INFO[=PATH]     file-names, sysroot, cfg, target-list, crate-name,\n"
            "                          split-debuginfo, host-tuple, target-libdir\n"
            "  --target TRIPLE         x86_64-unknown-linux-gnu\n"
            "  -C, --codegen OPT=VAL   opt-level, debuginfo, strip, incremental, codegen-units,\n"
            "                          linker, embed-bitcode, metadata, extra-filename,\n"
            "                          split-debuginfo, overflow-checks, debug-assertions, panic,\n"
            "                          lto, target-cpu, rpath, prefer-dynamic,\n"
            "                          force-frame-pointers, relocation-model\n"
            "  -O                      -C opt-level=3\n"
            "  -g                      -C debuginfo=2\n"
            "  -L [KIND=]PATH          library search path\n"
            "  --cfg SPEC              configuration option\n"
            "  --check-cfg SPEC        expected configuration options\n"
            "  -A, --allow LINT        lint level (also -W, --warn; -D, --deny; -F, --forbid;\n"
            "                          --force-warn)\n"
            "  --cap-lints LEVEL       most restrictive lint level\n"
            "  --error-format FORMAT   human (default), short, json\n"
            "  --json KIND,...         with --error-format=json: diagnostic-short,\n"
            "                          diagnostic-rendered-ansi, diagnostic-unicode, artifacts,\n"
            "                          future-incompat, unused-externs, unused-externs-silent\n"
            "  --color WHEN            auto, always, never\n"
            "  --diagnostic-width N    width of rendered diagnostics\n"
            "  --time-passes           print GPU time of every pass and host time per phase\n"
            "  --list-devices          list Vulkan devices and exit\n"
            "  --device INDEX|NAME     choose a Vulkan device (also RUSTG_VK_DEVICE)\n");
}

/* ------------------------------------------------------------------ early errors */

void json_write_string(FILE *f, const char *s)
{
    fputc('"', f);
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        if (*p == '"' || *p == '\\')
            fprintf(f, "\\%c", *p);
        else if (*p == '\n')
            fputs("\\n", f);
        else if (*p == '\t')
            fputs("\\t", f);
        else if (*p == '\r')
            fputs("\\r", f);
        else if (*p < 0x20) /* as serde_json writes them: \u001b for ESC */
            fprintf(f, "\\u%04x", *p);
        else
            fputc(*p, f);
    }
    fputc('"', f);
}

/* rustc's rendering of a location-free error: `error: MSG`, its notes, and
 * a blank line (none in the short format). */
static void render_early(char *out, size_t len, const struct options *opt, int ansi, const char *msg,
                         const char *note)
{
    int shortfmt = opt->error_format == ERRFMT_SHORT ||
                   (opt->error_format == ERRFMT_JSON && (opt->json & JSON_DIAGNOSTIC_SHORT));
    int n;
    if (ansi)
        n = snprintf(out, len, shortfmt ? "\033[1m\033[91merror\033[0m: %s\n" : "\033[1m\033[91merror\033[0m\033[1m: %s\033[0m\n",
                     msg);
    else
        n = snprintf(out, len, "error: %s\n", msg);
    if (shortfmt || n < 0 || (size_t)n >= len)
        return;
    if (note && ansi)
        n += snprintf(out + n, len - (size_t)n, "  \033[1m\033[94m|\033[0m\n  \033[1m\033[94m= \033[0m\033[1mnote\033[0m: %s\n",
                      note);
    else if (note)
        n += snprintf(out + n, len - (size_t)n, "  |\n  = note: %s\n", note);
    if (n >= 0 && (size_t)n + 1 < len)
        snprintf(out + n, len - (size_t)n, "\n");
}

void early_error(const struct options *opt, const char *note, const char *fmt, ...)
{
    char msg[1024], rendered[2560];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    if (opt->error_format != ERRFMT_JSON) {
        render_early(rendered, sizeof rendered, opt, opt->color == COLOR_ALWAYS, msg, note);
        fputs(rendered, stderr);
        return;
    }
    render_early(rendered, sizeof rendered, opt, (opt->json & JSON_DIAGNOSTIC_RENDERED_ANSI) != 0, msg, note);
    fputs("{\"$message_type\":\"diagnostic\",\"message\":", stderr);
    json_write_string(stderr, msg);
    fputs(",\"code\":null,\"level\":\"error\",\"spans\":[],\"children\":[", stderr);
    if (note) {
        fputs("{\"message\":", stderr);
        json_write_string(stderr, note);
        fputs(",\"code\":null,\"level\":\"note\",\"spans\":[],\"children\":[],\"rendered\":null}", stderr);
    }
    fputs("],\"rendered\":", stderr);
    json_write_string(stderr, rendered);
    fputs("}\n", stderr);
}

/* getopts' own failures, which rustc always prints as plain text. */
static void getopts_error(const char *fmt, const char *name)
{
    fputs("error: ", stderr);
    fprintf(stderr, fmt, name);
    fputs("\n\n", stderr);
}

/* ------------------------------------------------------------------ argv access */

struct args {
    int argc;
    char **argv;
    int i;          /* the argument being parsed */
    int missing;    /* an option's value was missing: reported */
};

/* Long option `--NAME` with a value, as `--NAME=V` or `--NAME V`. */
static int long_value(struct args *a, const char *name, const char **val)
{
    const char *s = a->argv[a->i];
    size_t n = strlen(name);
    if (strncmp(s, "--", 2) != 0 || strncmp(s + 2, name, n) != 0)
        return 0;
    if (s[2 + n] == '=') {
        *val = s + 3 + n;
        return 1;
    }
    if (s[2 + n] != 0)
        return 0;
    if (a->i + 1 >= a->argc) {
        getopts_error("Argument to option '%s' missing", name);
        a->missing = 1;
        return 0;
    }
    *val = a->argv[++a->i];
    return 1;
}

/* Short option `-X` with a value, as `-XV` or `-X V`. */
static int short_value(struct args *a, char x, const char **val)
{
    const char *s = a->argv[a->i];
    if (s[0] != '-' || s[1] != x)
        return 0;
    if (s[2]) {
        *val = s + 2;
        return 1;
    }
    if (a->i + 1 >= a->argc) {
        char name[2] = {x, 0};
        getopts_error("Argument to option '%s' missing", name);
        a->missing = 1;
        return 0;
    }
    *val = a->argv[++a->i];
    return 1;
}

static int is_flag(const struct args *a, const char *flag)
{
    return strcmp(a->argv[a->i], flag) == 0;
}

/* ------------------------------------------------------------------ values */

static int parse_bool(const char *v, int *out)
{
    static const char *const yes[] = {"y", "yes", "on", "true"}, *const no[] = {"n", "no", "off", "false"};
    for (int k = 0; k < 4; k++) {
        if (strcmp(v, yes[k]) == 0)
            return *out = 1, 0;
        if (strcmp(v, no[k]) == 0)
            return *out = 0, 0;
    }
    return -1;
}

static int one_of(const char *v, const char *const *set)
{
    for (; *set; set++)
        if (strcmp(v, *set) == 0)
            return 1;
    return 0;
}

static int is_number(const char *v)
{
    if (!*v)
        return 0;
    for (; *v; v++)
        if (*v < '0' || *v > '9')
            return 0;
    return 1;
}

static int ident_start(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}

static int ident_char(char c)
{
    return ident_start(c) || (c >= '0' && c <= '9');
}

/* ------------------------------------------------------------------ -C */

enum cg_kind { CG_STRING, CG_PATH, CG_NUMBER, CG_BOOL, CG_LIST, CG_CHOICE, CG_OTHER };

struct cg_option {
    const char *name;
    enum cg_kind kind;
    const char *expected;        /* rustc's description of the values */
    const char *const *choices;  /* CG_CHOICE */
};

static const char *const debuginfo_values[] = {"0", "1", "2", "none", "line-directives-only", "line-tables-only",
                                               "limited", "full", NULL};
static const char *const strip_values[] = {"none", "debuginfo", "symbols", NULL};
static const char *const split_values[] = {"off", "packed", "unpacked", NULL};
static const char *const panic_values[] = {"unwind", "abort", "immediate-abort", NULL};
static const char *const lto_values[] = {"thin", "fat", NULL};
static const char *const reloc_values[] = {"static", "pic", "pie", "dynamic-no-pic", "ropi", "rwpi", "ropi-rwpi",
                                           "default", NULL};

#define BOOL_EXPECTED "one of: `y`, `yes`, `on`, `true`, `n`, `no`, `off` or `false`"

/* The -C options rustg-vk accepts. Most change nothing in what it makes:
 * it has no optimizer, writes no debug info and always links statically. */
static const struct cg_option cg_options[] = {
    {"opt-level", CG_OTHER, "a string", NULL},
    {"debuginfo", CG_CHOICE,
     "either an integer (0, 1, 2), `none`, `line-directives-only`, `line-tables-only`, `limited`, or `full`",
     debuginfo_values},
    {"strip", CG_CHOICE, "either `none`, `debuginfo`, or `symbols`", strip_values},
    {"incremental", CG_STRING, "a string", NULL},
    {"codegen-units", CG_NUMBER, "a number", NULL},
    {"linker", CG_PATH, "a path", NULL},
    {"embed-bitcode", CG_BOOL, BOOL_EXPECTED, NULL},
    {"metadata", CG_LIST, "a space-separated list of strings", NULL},
    {"extra-filename", CG_STRING, "a string", NULL},
    {"split-debuginfo", CG_CHOICE, "one of supported split-debuginfo modes (`off`, `packed`, or `unpacked`)",
     split_values},
    {"overflow-checks", CG_BOOL, BOOL_EXPECTED, NULL},
    {"debug-assertions", CG_BOOL, BOOL_EXPECTED, NULL},
    {"panic", CG_CHOICE, "either `unwind`, `abort`, or `immediate-abort`", panic_values},
    {"lto", CG_OTHER, "either a boolean (`yes`, `no`, `on`, `off`, etc), `thin`, `fat`, or omitted", lto_values},
    {"target-cpu", CG_STRING, "a string", NULL},
    {"rpath", CG_BOOL, BOOL_EXPECTED, NULL},
    {"prefer-dynamic", CG_BOOL, BOOL_EXPECTED, NULL},
    {"force-frame-pointers", CG_BOOL, BOOL_EXPECTED, NULL},
    {"relocation-model", CG_CHOICE, "one of supported relocation models (`rustc --print relocation-models`)",
     reloc_values},
};

/* rustc's other -C options: known, so refused as not supported rather than
 * as unknown. */
static const char *const cg_unsupported[] = {
    "ar", "code-model", "collapse-macro-debuginfo", "control-flow-guard", "default-linker-libraries", "dlltool",
    "dwarf-version", "force-unwind-tables", "help", "inline-threshold", "instrument-coverage", "jump-tables",
    "link-arg", "link-args", "link-dead-code", "link-self-contained", "linker-features", "linker-flavor",
    "linker-plugin-lto", "llvm-args", "no-prepopulate-passes", "no-redzone", "no-stack-check",
    "no-vectorize-loops", "no-vectorize-slp", "passes", "profile-generate", "profile-use", "relro-level", "remark",
    "save-temps", "soft-float", "symbol-mangling-version", "target-feature", "unsafe-allow-abi-mismatch", NULL};

static int parse_codegen(struct options *opt, const char *arg)
{
    const char *eq = strchr(arg, '=');
    size_t n = eq ? (size_t)(eq - arg) : strlen(arg);
    const char *v = eq ? eq + 1 : NULL;
    char name[64];
    if (n >= sizeof name)
        n = sizeof name - 1;
    memcpy(name, arg, n);
    name[n] = 0;
    /* rustc spells them with `-` and accepts `_`. */
    for (char *p = name; *p; p++)
        if (*p == '_')
            *p = '-';
    const struct cg_option *o = NULL;
    for (size_t k = 0; k < sizeof cg_options / sizeof cg_options[0]; k++)
        if (strcmp(cg_options[k].name, name) == 0)
            o = &cg_options[k];
    if (!o) {
        if (one_of(name, cg_unsupported))
            early_error(opt, NULL, "rustg-vk does not support `-C %s` yet", name);
        else
            early_error(opt, NULL, "unknown codegen option: `%s`", name);
        return -1;
    }
    /* A boolean (and lto) given no value means yes, as in rustc. */
    if (!v && o->kind != CG_BOOL && strcmp(name, "lto") != 0) {
        early_error(opt, NULL, "codegen option `%s` requires %s (`-C %s=<value>`)", name, o->expected, name);
        return -1;
    }
    int b = 1, ok = 1;
    switch (o->kind) {
    case CG_BOOL:
        ok = !v || parse_bool(v, &b) == 0;
        break;
    case CG_NUMBER:
        ok = is_number(v);
        break;
    case CG_CHOICE:
        ok = one_of(v, o->choices);
        break;
    case CG_OTHER:
        if (strcmp(name, "lto") == 0)
            ok = !v || parse_bool(v, &b) == 0 || one_of(v, lto_values);
        break;
    default:
        break;
    }
    if (!ok) {
        early_error(opt, NULL, "incorrect value `%s` for codegen option `%s` - %s was expected", v, name, o->expected);
        return -1;
    }
    if (strcmp(name, "opt-level") == 0) {
        if (strlen(v) != 1 || !strchr("0123sz", v[0])) {
            early_error(opt, NULL, "optimization level needs to be between 0-3, s or z (instead was `%s`)", v);
            return -1;
        }
        opt->opt_level = v[0] >= '0' && v[0] <= '3' ? v[0] - '0' : 2;
    } else if (strcmp(name, "extra-filename") == 0) {
        opt->extra_filename = v;
    } else if (strcmp(name, "linker") == 0) {
        opt->linker = v;
    } else if (strcmp(name, "debug-assertions") == 0) {
        opt->debug_assertions = b;
    } else if (strcmp(name, "overflow-checks") == 0 && b) {
        opt->overflow_checks = 1;
    } else if (strcmp(name, "overflow-checks") == 0 && !b) {
        /* Generated code always checks (rustc's debug-build semantics); a
         * program asking to wrap would behave differently. */
        early_error(opt, NULL, "rustg-vk does not support `-C overflow-checks=%s` yet: its programs always check "
                               "arithmetic overflow", v);
        return -1;
    } else if (strcmp(name, "panic") == 0 && strcmp(v, "unwind") != 0) {
        /* The runtime exits 101 after a panic's message, as unwinding out of
         * main does; an aborting panic would end with SIGABRT instead. */
        early_error(opt, NULL, "rustg-vk does not support `-C panic=%s` yet", v);
        return -1;
    }
    return 0;
}

/* ------------------------------------------------------------------ other values */

static int parse_emit(struct options *opt, const char *list)
{
    static const struct {
        const char *name;
        enum emit_kind kind;
    } kinds[] = {{"link", EMIT_LINK}, {"exe", EMIT_LINK},           {"obj", EMIT_OBJ},     {"dep-info", EMIT_DEP_INFO},
                 {"metadata", EMIT_METADATA}, {"tokens", EMIT_TOKENS}, {"ast", EMIT_AST}, {"cst", EMIT_CST},
                 {"typed-ast", EMIT_TYPED_AST}, {"ast-spans", EMIT_AST_SPANS}};
    static const char *const rustc_only[] = {"asm", "llvm-bc", "llvm-ir", "mir", "thin-link-bitcode", NULL};
    const char *p = list;
    while (1) {
        const char *end = strchr(p, ',');
        size_t n = end ? (size_t)(end - p) : strlen(p);
        char item[256];
        if (n >= sizeof item)
            n = sizeof item - 1;
        memcpy(item, p, n);
        item[n] = 0;
        char *path = strchr(item, '=');
        if (path)
            *path++ = 0;
        size_t k = 0;
        while (k < sizeof kinds / sizeof kinds[0] && strcmp(kinds[k].name, item) != 0)
            k++;
        if (k == sizeof kinds / sizeof kinds[0]) {
            if (one_of(item, rustc_only))
                early_error(opt, NULL, "rustg-vk does not support `--emit=%s` yet", item);
            else
                early_error(opt, NULL,
                            "unknown emission type: `%s` - expected one of: `dep-info`, `link`, `metadata`, `obj` "
                            "(and rustg-vk's `exe`, `tokens`, `ast`)",
                            item);
            return -1;
        }
        opt->emit |= EMIT_BIT(kinds[k].kind);
        if (path) {
            free(opt->emit_path[kinds[k].kind]);
            opt->emit_path[kinds[k].kind] = strdup(path);
            if (!opt->emit_path[kinds[k].kind]) {
                fprintf(stderr, "error: out of memory\n");
                return -1;
            }
        }
        if (!end)
            break;
        p = end + 1;
    }
    return 0;
}

static int parse_crate_types(struct options *opt, const char *list)
{
    static const struct {
        const char *name;
        enum crate_type type;
    } types[] = {{"bin", CRATE_BIN},       {"lib", CRATE_LIB},             {"rlib", CRATE_RLIB},
                 {"dylib", CRATE_DYLIB},   {"cdylib", CRATE_CDYLIB},       {"staticlib", CRATE_STATICLIB},
                 {"proc-macro", CRATE_PROC_MACRO}};
    const char *p = list;
    while (1) {
        const char *end = strchr(p, ',');
        size_t n = end ? (size_t)(end - p) : strlen(p);
        size_t k = 0;
        while (k < sizeof types / sizeof types[0] && !(strlen(types[k].name) == n && strncmp(types[k].name, p, n) == 0))
            k++;
        if (k == sizeof types / sizeof types[0]) {
            early_error(opt, NULL,
                        "unknown crate type: `%.*s`, expected one of: `lib`, `rlib`, `staticlib`, `dylib`, `cdylib`, "
                        "`bin`, `proc-macro`",
                        (int)n, p);
            return -1;
        }
        int seen = 0;
        for (int j = 0; j < opt->ncrate_types; j++)
            seen |= opt->crate_types[j] == types[k].type;
        if (!seen && opt->ncrate_types < MAX_CRATE_TYPES)
            opt->crate_types[opt->ncrate_types++] = types[k].type;
        if (!end)
            break;
        p = end + 1;
    }
    return 0;
}

static int parse_print(struct options *opt, const char *arg)
{
    static const struct {
        const char *name;
        enum print_kind kind;
    } kinds[] = {{"file-names", PRINT_FILE_NAMES},
                 {"sysroot", PRINT_SYSROOT},
                 {"cfg", PRINT_CFG},
                 {"target-list", PRINT_TARGET_LIST},
                 {"crate-name", PRINT_CRATE_NAME},
                 {"split-debuginfo", PRINT_SPLIT_DEBUGINFO},
                 {"host-tuple", PRINT_HOST_TUPLE},
                 {"target-libdir", PRINT_TARGET_LIBDIR}};
    static const char *const rustc_only[] = {"calling-conventions", "check-cfg", "code-models", "crate-root-lint-levels",
                                             "deployment-target", "link-args", "native-static-libs",
                                             "relocation-models", "stack-protector-strategies",
                                             "supported-crate-types", "target-cpus", "target-features", "tls-models",
                                             "backend-has-zstd", NULL};
    char name[64];
    const char *eq = strchr(arg, '=');
    size_t n = eq ? (size_t)(eq - arg) : strlen(arg);
    if (n >= sizeof name)
        n = sizeof name - 1;
    memcpy(name, arg, n);
    name[n] = 0;
    for (size_t k = 0; k < sizeof kinds / sizeof kinds[0]; k++) {
        if (strcmp(kinds[k].name, name) != 0)
            continue;
        if (opt->nprints < MAX_PRINTS) {
            opt->print_path[opt->nprints] = eq ? eq + 1 : NULL;
            opt->prints[opt->nprints++] = kinds[k].kind;
        }
        return 0;
    }
    if (strcmp(name, "target-spec-json") == 0 || strcmp(name, "all-target-specs-json") == 0 ||
        strcmp(name, "target-spec-json-schema") == 0)
        early_error(opt, NULL,
                    "rustg-vk does not support `--print=%s`: it has no target specifications (rustc prints them only "
                    "with -Z unstable-options)",
                    name);
    else if (one_of(name, rustc_only))
        early_error(opt, NULL, "rustg-vk does not support `--print=%s` yet", name);
    else
        early_error(opt,
                    "valid print requests are: `cfg`, `crate-name`, `file-names`, `host-tuple`, `split-debuginfo`, "
                    "`sysroot`, `target-libdir`, `target-list`",
                    "unknown print request: `%s`", name);
    return -1;
}

static int parse_json(struct options *opt, const char *list)
{
    static const struct {
        const char *name;
        unsigned bit;
    } kinds[] = {{"diagnostic-short", JSON_DIAGNOSTIC_SHORT},
                 {"diagnostic-rendered-ansi", JSON_DIAGNOSTIC_RENDERED_ANSI},
                 {"diagnostic-unicode", JSON_DIAGNOSTIC_UNICODE},
                 {"artifacts", JSON_ARTIFACTS},
                 {"future-incompat", JSON_FUTURE_INCOMPAT},
                 {"unused-externs", JSON_UNUSED_EXTERNS},
                 {"unused-externs-silent", JSON_UNUSED_EXTERNS}};
    const char *p = list;
    while (1) {
        const char *end = strchr(p, ',');
        size_t n = end ? (size_t)(end - p) : strlen(p);
        size_t k = 0;
        while (k < sizeof kinds / sizeof kinds[0] && !(strlen(kinds[k].name) == n && strncmp(kinds[k].name, p, n) == 0))
            k++;
        if (k == sizeof kinds / sizeof kinds[0]) {
            /* rustc checks --json before it renders as JSON: plain text */
            struct options plain = *opt;
            plain.error_format = ERRFMT_HUMAN;
            early_error(&plain, NULL, "unknown `--json` option `%.*s`", (int)n, p);
            return -1;
        }
        opt->json |= kinds[k].bit;
        if (!end)
            break;
        p = end + 1;
    }
    return 0;
}

/* `name` or `name="value"`, as rustc checks --cfg. */
static int parse_cfg(struct options *opt, const char *spec)
{
    const char *p = spec;
    if (!ident_start(*p)) {
        early_error(opt, NULL, "invalid `--cfg` argument: `%s` (expected `key` or `key=\"value\"`)", spec);
        return -1;
    }
    while (ident_char(*p))
        p++;
    if (*p == ':') {
        early_error(opt, NULL, "invalid `--cfg` argument: `%s` (argument key must be an identifier)", spec);
        return -1;
    }
    size_t rest = strlen(p);
    if (*p && !(p[0] == '=' && rest >= 3 && p[1] == '"' && p[rest - 1] == '"')) {
        early_error(opt, NULL,
                    "invalid `--cfg` argument: `%s` (expected `key` or `key=\"value\"`, ensure escaping is appropriate "
                    "for your shell, try 'key=\"value\"' or key=\\\"value\\\")",
                    spec);
        return -1;
    }
    if (opt->ncfgs < MAX_CFGS)
        opt->cfgs[opt->ncfgs++] = spec;
    return 0;
}

static int check_crate_name(const struct options *opt, const char *name)
{
    if (!*name) {
        early_error(opt, NULL, "crate name must not be empty");
        early_error(opt, NULL, "aborting due to 1 previous error");
        return -1;
    }
    for (const char *p = name; *p; p++) {
        if (!ident_char(*p) && !((unsigned char)*p >= 0x80)) {
            early_error(opt, NULL, "invalid character '%c' in crate name: `%s`", *p, name);
            early_error(opt, NULL, "aborting due to 1 previous error");
            return -1;
        }
    }
    return 0;
}

/* ------------------------------------------------------------------ the parse */

/* How errors are rendered is known before any option is checked, as in
 * rustc, whichever order the options come in. */
static void prescan_error_format(int argc, char **argv, struct options *opt)
{
    for (int i = 1; i < argc; i++) {
        const char *v = NULL;
        if (strncmp(argv[i], "--error-format=", 15) == 0)
            v = argv[i] + 15;
        else if (strcmp(argv[i], "--error-format") == 0 && i + 1 < argc)
            v = argv[++i];
        else if (strncmp(argv[i], "--json=", 7) == 0 && strstr(argv[i], "diagnostic-rendered-ansi"))
            opt->json |= JSON_DIAGNOSTIC_RENDERED_ANSI;
        else if (strcmp(argv[i], "--json") == 0 && i + 1 < argc && strstr(argv[i + 1], "diagnostic-rendered-ansi"))
            opt->json |= JSON_DIAGNOSTIC_RENDERED_ANSI;
        else if (strcmp(argv[i], "--color=always") == 0 ||
                 (strcmp(argv[i], "--color") == 0 && i + 1 < argc && strcmp(argv[i + 1], "always") == 0))
            opt->color = COLOR_ALWAYS;
        if (v && strcmp(v, "json") == 0)
            opt->error_format = ERRFMT_JSON;
        else if (v && strcmp(v, "short") == 0)
            opt->error_format = ERRFMT_SHORT;
        else if (v)
            opt->error_format = ERRFMT_HUMAN;
    }
}

/* One option at a->i: 1 consumed, 0 not an option this knows, -1 refused. */
static int parse_option(struct args *a, struct options *opt, enum cli_action *action)
{
    const char *v = NULL;

    /* rustg-vk's own */
    if (is_flag(a, "--time-passes") || is_flag(a, "-Ztime-passes"))
        return opt->time_passes = 1;
    if (long_value(a, "device", &v))
        return opt->device = v, 1;
    if (is_flag(a, "--list-devices"))
        return *action = CLI_LIST_DEVICES, 1;

    /* informational */
    if (is_flag(a, "-h") || is_flag(a, "--help"))
        return *action = CLI_HELP, 1;
    if (is_flag(a, "-V") || is_flag(a, "--version"))
        return *action = *action == CLI_COMPILE || *action == CLI_PRINT ? CLI_VERSION : *action, 1;
    if (is_flag(a, "-v") || is_flag(a, "--verbose"))
        return opt->verbose = 1;
    if (is_flag(a, "-vV") || is_flag(a, "-Vv")) {
        opt->verbose = 1;
        return *action = *action == CLI_COMPILE || *action == CLI_PRINT ? CLI_VERSION : *action, 1;
    }
    if (long_value(a, "print", &v)) {
        if (parse_print(opt, v))
            return -1;
        if (*action == CLI_COMPILE)
            *action = CLI_PRINT;
        return 1;
    }

    /* outputs */
    if (short_value(a, 'o', &v))
        return opt->output = v, 1;
    if (long_value(a, "out-dir", &v))
        return opt->out_dir = v, 1;
    if (long_value(a, "emit", &v))
        return parse_emit(opt, v) ? -1 : 1;
    if (long_value(a, "crate-name", &v))
        return check_crate_name(opt, v) ? -1 : (opt->crate_name = v, 1);
    if (long_value(a, "crate-type", &v))
        return parse_crate_types(opt, v) ? -1 : 1;

    /* language and target */
    if (long_value(a, "edition", &v)) {
        if (strcmp(v, "2015") && strcmp(v, "2018") && strcmp(v, "2021") && strcmp(v, "2024")) {
            early_error(opt, NULL, "argument for `--edition` must be one of: <2015|2018|2021|2024>. (instead was `%s`)",
                        v);
            return -1;
        }
        return opt->edition = atoi(v), 1;
    }
    if (long_value(a, "target", &v)) {
        if (strcmp(v, HOST_TRIPLE) != 0) {
            early_error(opt, NULL, "rustg-vk does not support target `%s` yet (it compiles for " HOST_TRIPLE " only)",
                        v);
            return -1;
        }
        return 1;
    }
    if (long_value(a, "cfg", &v))
        return parse_cfg(opt, v) ? -1 : 1;
    if (long_value(a, "check-cfg", &v)) {
        size_t n = strlen(v);
        if (strncmp(v, "cfg(", 4) != 0 || n < 5 || v[n - 1] != ')') {
            early_error(opt, "expected `cfg(name, values(\"value1\", \"value2\", ... \"valueN\"))`",
                        "invalid `--check-cfg` argument: `%s`", v);
            return -1;
        }
        return 1;
    }

    /* codegen */
    if (short_value(a, 'C', &v) || long_value(a, "codegen", &v))
        return parse_codegen(opt, v) ? -1 : 1;
    if (is_flag(a, "-O"))
        return opt->opt_level = 3, 1;
    if (is_flag(a, "-g"))
        return 1; /* -C debuginfo=2: rustg-vk writes no debug info */
    if (short_value(a, 'L', &v))
        return 1; /* [KIND=]PATH: a crate with no dependencies searches nothing */

    /* lints: rustg-vk reports no warnings, and its deny-by-default lints stay
     * errors (see README) */
    if (short_value(a, 'A', &v) || short_value(a, 'W', &v) || short_value(a, 'D', &v) || short_value(a, 'F', &v) ||
        long_value(a, "allow", &v) || long_value(a, "warn", &v) || long_value(a, "deny", &v) ||
        long_value(a, "forbid", &v) || long_value(a, "force-warn", &v))
        return 1;
    if (long_value(a, "cap-lints", &v)) {
        static const char *const levels[] = {"allow", "warn", "deny", "forbid", NULL};
        if (!one_of(v, levels)) {
            early_error(opt, NULL, "unknown lint level: `%s`", v);
            return -1;
        }
        return 1;
    }

    /* diagnostics */
    if (long_value(a, "error-format", &v)) {
        if (strcmp(v, "human") == 0)
            opt->error_format = ERRFMT_HUMAN;
        else if (strcmp(v, "short") == 0)
            opt->error_format = ERRFMT_SHORT;
        else if (strcmp(v, "json") == 0)
            opt->error_format = ERRFMT_JSON;
        else if (strcmp(v, "human-unicode") == 0 || strcmp(v, "pretty-json") == 0 ||
                 strcmp(v, "human-annotate-rs") == 0) {
            early_error(opt, NULL, "rustg-vk does not support `--error-format=%s` yet", v);
            return -1;
        } else {
            early_error(opt, NULL,
                        "argument for `--error-format` must be `human`, `human-unicode`, `json`, `pretty-json` or "
                        "`short` (instead was `%s`)",
                        v);
            return -1;
        }
        return 1;
    }
    if (long_value(a, "json", &v))
        return parse_json(opt, v) ? -1 : 1;
    if (long_value(a, "color", &v)) {
        if (strcmp(v, "auto") == 0)
            opt->color = COLOR_AUTO;
        else if (strcmp(v, "always") == 0)
            opt->color = COLOR_ALWAYS;
        else if (strcmp(v, "never") == 0)
            opt->color = COLOR_NEVER;
        else {
            early_error(opt, NULL, "argument for `--color` must be auto, always or never (instead was `%s`)", v);
            return -1;
        }
        return 1;
    }
    if (long_value(a, "diagnostic-width", &v)) {
        if (!is_number(v)) {
            early_error(opt, NULL, "`--diagnostic-width` must be an positive integer");
            return -1;
        }
        return opt->diagnostic_width = atoi(v), 1;
    }

    /* rustc's options for what rustg-vk does not do yet */
    static const char *const refused_long[] = {"extern", "sysroot", "remap-path-prefix", "explain", "pretty",
                                               "unpretty", NULL};
    for (int k = 0; refused_long[k]; k++) {
        if (long_value(a, refused_long[k], &v)) {
            early_error(opt, NULL, "rustg-vk does not support `--%s` yet", refused_long[k]);
            return -1;
        }
    }
    if (is_flag(a, "--test")) {
        early_error(opt, NULL, "rustg-vk does not support `--test` yet");
        return -1;
    }
    if (short_value(a, 'l', &v)) {
        early_error(opt, NULL, "rustg-vk does not support `-l` yet: it links no native libraries");
        return -1;
    }
    if (short_value(a, 'Z', &v)) {
        early_error(opt, NULL, "the option `Z` is only accepted on the nightly compiler");
        return -1;
    }
    return 0;
}

void cli_free(struct options *opt)
{
    free(opt->inputs);
    for (int k = 0; k < EMIT_KINDS; k++)
        free(opt->emit_path[k]);
    memset(opt, 0, sizeof *opt);
}

enum cli_action cli_parse(int argc, char **argv, struct options *opt)
{
    memset(opt, 0, sizeof *opt);
    opt->edition = 2015;
    opt->debug_assertions = -1;
    opt->overflow_checks = -1;
    const char *argv0 = argc > 0 ? strrchr(argv[0], '/') : NULL;
    argv0 = argv0 ? argv0 + 1 : argc > 0 ? argv[0] : "";
    opt->as_rustc = strcmp(argv0, "rustc") == 0;
    prescan_error_format(argc, argv, opt);
    opt->inputs = calloc((size_t)argc + 1, sizeof *opt->inputs);
    if (!opt->inputs) {
        fprintf(stderr, "error: out of memory\n");
        return CLI_ERROR;
    }
    enum cli_action action = CLI_COMPILE;
    struct args a = {argc, argv, 1, 0};
    for (; a.i < argc; a.i++) {
        const char *s = argv[a.i];
        if (s[0] != '-' || s[1] == 0) { /* `-` is standard input */
            opt->inputs[opt->ninputs++] = s;
            continue;
        }
        int rc = parse_option(&a, opt, &action);
        if (rc < 0 || a.missing)
            return CLI_ERROR;
        if (rc == 0) {
            /* getopts names a long option up to its `=`, a short one by its letter */
            char shown[256];
            if (s[1] == '-')
                snprintf(shown, sizeof shown, "%.*s", (int)strcspn(s + 2, "="), s + 2);
            else
                snprintf(shown, sizeof shown, "%c", s[1]);
            getopts_error("Unrecognized option: '%s'", shown);
            return CLI_ERROR;
        }
    }
    opt->input = opt->ninputs ? opt->inputs[0] : NULL;
    if (action == CLI_HELP) {
        cli_usage(stdout);
        return CLI_HELP;
    }
    if (action != CLI_COMPILE && action != CLI_PRINT)
        return action;
    if (opt->json && opt->error_format != ERRFMT_JSON) {
        early_error(opt, NULL, "using `--json` requires also using `--error-format=json`");
        return CLI_ERROR;
    }
    /* rustc turns overflow checks off with optimisation (cargo's release
     * profile) and its programs then wrap; rustg-vk's always check, so such
     * a build would behave differently: refuse it. */
    int checks = opt->overflow_checks == 1 ? 1 : opt->debug_assertions >= 0 ? opt->debug_assertions : opt->opt_level == 0;
    unsigned code = EMIT_BIT(EMIT_LINK) | EMIT_BIT(EMIT_OBJ);
    if (action == CLI_COMPILE && !checks && (!opt->emit || (opt->emit & code))) {
        early_error(opt, NULL,
                    "rustg-vk does not support building without overflow checks yet (-C opt-level=%d turns them "
                    "off, as in rustc, whose programs then wrap): add -C overflow-checks=on (for cargo: "
                    "`overflow-checks = true` in [profile.release])",
                    opt->opt_level);
        return CLI_ERROR;
    }
    return action;
}
