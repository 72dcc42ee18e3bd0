#ifndef RUSTG_DRIVER_H
#define RUSTG_DRIVER_H

enum emit_kind { EMIT_EXE, EMIT_OBJ, EMIT_TOKENS, EMIT_AST, EMIT_CST };

/* --error-format: rustc's human, short and json renderings of diagnostics. */
enum error_format { ERRFMT_HUMAN, ERRFMT_SHORT, ERRFMT_JSON };

struct options {
    const char *input;
    const char **inputs;          /* all inputs; several with --emit=tokens, or with --out-dir */
    int ninputs;
    const char *output;           /* NULL: named as rustc names it */
    const char *out_dir;          /* --out-dir: outputs named as rustc names them, in this folder */
    enum emit_kind emit;
    int time_passes;
    enum error_format error_format;
    const char *device;           /* NULL: RUSTG_VK_DEVICE, else the best device */
};

/* Compiles per `opt`. Returns the process exit code. */
int driver_run(const struct options *opt);

#endif
