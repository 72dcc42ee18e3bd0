/* Phases not written yet. */
#include "compile.h"
#include "emit/elf.h"
#include <stdio.h>
int codegen_phase(struct compile *c) { snprintf(c->err, sizeof c->err, "codegen not implemented yet"); return -1; }
int emit_object(struct compile *c, struct elf_object *obj, uint8_t **text, uint8_t **rela) { (void)obj; (void)text; (void)rela; snprintf(c->err, sizeof c->err, "not implemented"); return -1; }
