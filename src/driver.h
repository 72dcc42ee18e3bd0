#ifndef RUSTG_DRIVER_H
#define RUSTG_DRIVER_H

#include <stddef.h>

/* What a compile writes (--emit=KIND[=PATH],...). LINK, OBJ, DEP_INFO and
 * METADATA combine as in rustc; TOKENS, AST, CST and TYPED_AST are rustg-vk's
 * text dumps and stand alone. */
enum emit_kind { EMIT_LINK, EMIT_OBJ, EMIT_DEP_INFO, EMIT_METADATA, EMIT_TOKENS, EMIT_AST, EMIT_CST, EMIT_TYPED_AST, EMIT_AST_SPANS, EMIT_KINDS };
/* The text dumps, which write one stream for several inputs. */
#define EMIT_DUMPS (EMIT_BIT(EMIT_TOKENS) | EMIT_BIT(EMIT_CST) | EMIT_BIT(EMIT_AST) | EMIT_BIT(EMIT_AST_SPANS))
#define EMIT_BIT(k) (1u << (k))

/* --error-format: rustc's human, short and json renderings of diagnostics. */
enum error_format { ERRFMT_HUMAN, ERRFMT_SHORT, ERRFMT_JSON };

/* --json=...: what goes into JSON diagnostics, and which extra messages. */
#define JSON_DIAGNOSTIC_SHORT         (1u << 0)
#define JSON_DIAGNOSTIC_RENDERED_ANSI (1u << 1)
#define JSON_DIAGNOSTIC_UNICODE       (1u << 2)
#define JSON_ARTIFACTS                (1u << 3) /* {"$message_type":"artifact",...} per file written */
#define JSON_FUTURE_INCOMPAT          (1u << 4)
#define JSON_UNUSED_EXTERNS           (1u << 5)

enum color_mode { COLOR_AUTO, COLOR_ALWAYS, COLOR_NEVER };

/* --crate-type: rustc's kinds. Only bin compiles; the others are known so
 * that --print=file-names (cargo's probe) can name their files. */
enum crate_type { CRATE_BIN, CRATE_LIB, CRATE_RLIB, CRATE_DYLIB, CRATE_CDYLIB, CRATE_STATICLIB, CRATE_PROC_MACRO };
#define MAX_CRATE_TYPES 16

/* --print=KIND[=PATH] requests, answered in the order given, no compile. */
enum print_kind { PRINT_FILE_NAMES, PRINT_SYSROOT, PRINT_CFG, PRINT_TARGET_LIST, PRINT_CRATE_NAME,
                  PRINT_SPLIT_DEBUGINFO, PRINT_HOST_TUPLE, PRINT_TARGET_LIBDIR };
#define MAX_PRINTS 16

#define MAX_CFGS 64

struct options {
    const char *input;
    const char **inputs;          /* all inputs; several with --emit=tokens, or with --out-dir */
    int ninputs;
    const char *output;           /* -o; NULL: named as rustc names it */
    const char *out_dir;          /* --out-dir: outputs named as rustc names them, in this folder */
    unsigned emit;                /* EMIT_BIT(kind) of every kind asked for; 0: link */
    char *emit_path[EMIT_KINDS];  /* --emit=KIND=PATH (allocated) */
    int time_passes;
    enum error_format error_format;
    unsigned json;                /* JSON_* */
    enum color_mode color;
    int diagnostic_width;         /* 0: not given */
    const char *device;           /* NULL: RUSTG_VK_DEVICE, else the best device */

    /* rustc's options, as cargo passes them */
    const char *crate_name;       /* --crate-name; NULL: from the input's file name */
    const char *extra_filename;   /* -C extra-filename: appended to every output's stem */
    enum crate_type crate_types[MAX_CRATE_TYPES];
    int ncrate_types;             /* 0: bin */
    int edition;                  /* 2015 (rustc's default), 2018, 2021, 2024 */
    int opt_level;                /* -C opt-level 0..3; 's' and 'z' count as 2 */
    int debug_assertions;         /* -C debug-assertions; -1: rustc's default (opt-level 0) */
    int overflow_checks;          /* -C overflow-checks=on: 1; -1: rustc's default (debug assertions) */
    const char *linker;           /* -C linker: the program that links, instead of ld */
    int verbose;                  /* -v: with -V, rustc's -vV */
    int as_rustc;                 /* run through a link named `rustc` (see print_version) */
    const char *cfgs[MAX_CFGS];   /* --cfg SPEC, shown by --print=cfg */
    int ncfgs;
    enum print_kind prints[MAX_PRINTS];
    const char *print_path[MAX_PRINTS]; /* --print=KIND=PATH: into PATH instead of stdout */
    int nprints;
};

/* Compiles per `opt`. Returns the process exit code. */
int driver_run(const struct options *opt);

/* rustc's crate name for `input` (`-` is stdin): --crate-name, else the
 * input's file stem with `-` made `_`; `rust_out` for stdin. */
void driver_crate_name(const struct options *opt, const char *input, char *out, size_t len);

/* The file name (no directory) rustc gives crate type `t`'s output:
 * `STEM EXTRA` for bin, `libCRATE EXTRA.rlib` for rlib, and so on. */
void driver_crate_file_name(const struct options *opt, const char *input, enum crate_type t, char *out,
                            size_t len);

#endif
