/* ELF64 relocatable objects around machine code the GPU produced. */
#ifndef RUSTG_EMIT_ELF_H
#define RUSTG_EMIT_ELF_H

#include <stddef.h>
#include <stdint.h>

/* e_machine values accepted by elf_write_object. */
#define ELF_MACHINE_X86_64 62
#define ELF_MACHINE_AARCH64 183

/* Size of one Elf64_Rela record: r_offset u64, r_info u64 =
 * (symbol index << 32) | type, r_addend i64; little-endian. */
#define ELF_RELA_SIZE 24

struct elf_object {
    uint16_t machine;         /* ELF_MACHINE_* */
    const uint8_t *text;      /* .text bytes, GPU-made */
    size_t text_size;
    const uint8_t *rela_text; /* rela_count Elf64_Rela records, GPU-made,
                                 symbol indices as in common/abi.h */
    size_t rela_count;
    uint64_t main_offset;     /* value of rv_main within .text */
    const char *source_path;  /* becomes rv_source_path (NUL-terminated
                                 bytes) and rv_source_path_len (u64, without
                                 the NUL) in .rodata */
};

/* Writes obj as a relocatable object at path. The symbol table is indexed as
 * common/abi.h says (SYM_*), followed by rv_source_path and
 * rv_source_path_len. Writes a temporary file next to path and renames it,
 * so path is either the whole object or untouched. Returns 0, or -1 with a
 * message in err. */
int elf_write_object(const char *path, const struct elf_object *obj, char *err,
                     size_t errlen);

#endif
