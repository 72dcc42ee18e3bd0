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
#define SYM_RT_PRINT_FMT 9       /* void rt_print_fmt(u64 v, u64 spec, u64 type): a value with a format spec */
#define SYM_RT_SET_STREAM 10     /* void rt_set_stream(u64 fd): 2 around eprint!/eprintln!, then 1 */
#define SYM_RT_PANIC_BEGIN 11    /* void rt_panic_begin(u64 line, u64 col): panic!'s header; then its message */
#define SYM_RT_PANIC_END 12      /* noreturn rt_panic_end(void): after panic!'s message */
#define SYM_COUNT 13

/* rt_print_fmt's spec: low word flags, high word width | precision << 16. */
#define FMT_FILL_MASK 0x1fffffu  /* the fill character (a code point) */
#define FMT_ALIGN_SHIFT 21u      /* 2 bits */
#define FMT_ALIGN_NONE 0u
#define FMT_ALIGN_LEFT 1u
#define FMT_ALIGN_RIGHT 2u
#define FMT_ALIGN_CENTER 3u
#define FMT_PLUS 0x800000u       /* `+` */
#define FMT_ALT 0x1000000u       /* `#` */
#define FMT_ZERO 0x2000000u      /* `0` */
#define FMT_TRAIT_SHIFT 26u      /* 3 bits */
#define FMT_TRAIT_MASK 7u
#define FMT_TRAIT_DISPLAY 0u
#define FMT_TRAIT_DEBUG 1u
#define FMT_TRAIT_LOWER_HEX 2u
#define FMT_TRAIT_UPPER_HEX 3u
#define FMT_TRAIT_OCTAL 4u
#define FMT_TRAIT_BINARY 5u
#define FMT_HAS_PREC 0x20000000u
#define FMT_HAS_WIDTH 0x40000000u
/* rt_print_fmt's type: bits of the integer (8..64), FMT_TYPE_SIGNED, or FMT_TYPE_BOOL. */
#define FMT_TYPE_SIGNED 0x100u
#define FMT_TYPE_BOOL 0x200u
/* A bound of this compiler: println!/print! with more arguments are refused. */
#define FMT_MAX_ARGS 32

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
