/* Shared by the C host, the runtime (runtime/rt.c) and the GLSL shaders.
 * Only integer #defines: GLSL's preprocessor must accept this file. */
#ifndef RUSTG_ABI_H
#define RUSTG_ABI_H

/* Symbol-table layout of every object rustg-vk writes. The GPU writes
 * relocations against these indices, so the order is fixed. */
#define SYM_NULL 0
#define SYM_TEXT_SECTION 1       /* STT_SECTION for .text */
#define SYM_FIRST_GLOBAL 2
#define SYM_RV_MAIN 2            /* user's fn main, defined in .text */
#define SYM_RT_PRINT_STR 3       /* void rt_print_str(const u8 *p, u64 len) */
#define SYM_RT_PRINT_I64 4       /* void rt_print_i64(i64 v) */
#define SYM_RT_PRINT_U64 5       /* void rt_print_u64(u64 v) */
#define SYM_RT_PRINT_BOOL 6      /* void rt_print_bool(u64 v) */
#define SYM_RT_PANIC 7           /* noreturn rt_panic(u64 msg, u64 line, u64 col) */
#define SYM_RT_EXIT 8            /* noreturn rt_exit(i64 code) */
#define SYM_COUNT 9

/* Panic messages (rt_panic's first argument); the runtime prints rustc's text. */
#define PANIC_ADD_OVERFLOW 0     /* attempt to add with overflow */
#define PANIC_SUB_OVERFLOW 1     /* attempt to subtract with overflow */
#define PANIC_MUL_OVERFLOW 2     /* attempt to multiply with overflow */
#define PANIC_DIV_ZERO 3         /* attempt to divide by zero */
#define PANIC_REM_ZERO 4         /* attempt to calculate the remainder with a divisor of zero */
#define PANIC_DIV_OVERFLOW 5     /* attempt to divide with overflow */
#define PANIC_REM_OVERFLOW 6     /* attempt to calculate the remainder with overflow */
#define PANIC_NEG_OVERFLOW 7     /* attempt to negate with overflow */
#define PANIC_SHL_OVERFLOW 8     /* attempt to shift left with overflow */
#define PANIC_SHR_OVERFLOW 9     /* attempt to shift right with overflow */
#define PANIC_COUNT 10

/* x86-64 relocation types the GPU emits (ELF R_X86_64_*). */
#define RELOC_X86_64_PC32 2
#define RELOC_X86_64_PLT32 4

#endif
