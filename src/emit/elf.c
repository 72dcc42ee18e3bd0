/* ELF64 relocatable object writer. The code bytes and relocation records are
 * GPU-made blobs; this file only lays out headers around them and copies them
 * to the file whole. */
#ifndef _POSIX_C_SOURCE
#define _POSIX_C_SOURCE 200809L
#endif

#include "emit/elf.h"

#include "common/abi.h"

#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* ELF constants used here (from the System V gABI). */
enum {
    EHDR_SIZE = 64,
    SHDR_SIZE = 64,
    SYM_SIZE = 24,
    ET_REL = 1,
    EV_CURRENT = 1,
    ELFCLASS64 = 2,
    ELFDATA2LSB = 1,
    ELFOSABI_NONE = 0,
    SHT_PROGBITS = 1,
    SHT_SYMTAB = 2,
    SHT_STRTAB = 3,
    SHT_RELA = 4,
    SHF_ALLOC = 0x2,
    SHF_EXECINSTR = 0x4,
    SHF_INFO_LINK = 0x40,
    STB_LOCAL = 0,
    STB_GLOBAL = 1,
    STT_NOTYPE = 0,
    STT_OBJECT = 1,
    STT_FUNC = 2,
    STT_SECTION = 3,
    SHN_UNDEF = 0,
};

/* Section indices of the objects written here. */
enum {
    SEC_NULL,
    SEC_TEXT,
    SEC_RELA_TEXT,
    SEC_RODATA,
    SEC_SYMTAB,
    SEC_STRTAB,
    SEC_SHSTRTAB,
    SEC_NOTE_GNU_STACK,
    SEC_COUNT
};

/* Symbols after the ABI-fixed ones; no GPU relocation refers to them. */
enum {
    SYM_RV_SOURCE_PATH = SYM_COUNT,
    SYM_RV_SOURCE_PATH_LEN,
    SYM_TOTAL
};

_Static_assert(SYM_NULL == 0 && SYM_TEXT_SECTION == 1 && SYM_FIRST_GLOBAL == 2,
               "locals must precede globals in .symtab");

/* Names by symbol index; the order is the ABI the GPU relocates against. */
static const char *const sym_names[SYM_TOTAL] = {
    [SYM_NULL] = "",
    [SYM_TEXT_SECTION] = "",
    [SYM_RV_MAIN] = "rv_main",
    [SYM_RT_PRINT_STR] = "rt_print_str",
    [SYM_RT_PRINT_I64] = "rt_print_i64",
    [SYM_RT_PRINT_U64] = "rt_print_u64",
    [SYM_RT_PRINT_BOOL] = "rt_print_bool",
    [SYM_RT_PANIC] = "rt_panic",
    [SYM_RT_EXIT] = "rt_exit",
    [SYM_RT_PRINT_FMT] = "rt_print_fmt",
    [SYM_RT_SET_STREAM] = "rt_set_stream",
    [SYM_RT_PANIC_BEGIN] = "rt_panic_begin",
    [SYM_RT_PANIC_END] = "rt_panic_end",
    [SYM_RV_SOURCE_PATH] = "rv_source_path",
    [SYM_RV_SOURCE_PATH_LEN] = "rv_source_path_len",
};

static const char *const sec_names[SEC_COUNT] = {
    [SEC_NULL] = "",
    [SEC_TEXT] = ".text",
    [SEC_RELA_TEXT] = ".rela.text",
    [SEC_RODATA] = ".rodata",
    [SEC_SYMTAB] = ".symtab",
    [SEC_STRTAB] = ".strtab",
    [SEC_SHSTRTAB] = ".shstrtab",
    [SEC_NOTE_GNU_STACK] = ".note.GNU-stack",
};

static void set_err(char *err, size_t errlen, const char *fmt, ...)
{
    if (!err || errlen == 0)
        return;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(err, errlen, fmt, ap);
    va_end(ap);
}

/* Little-endian stores, so the file is right whatever the host's order. */
static void put16(uint8_t *p, uint16_t v)
{
    p[0] = (uint8_t)v;
    p[1] = (uint8_t)(v >> 8);
}

static void put32(uint8_t *p, uint32_t v)
{
    put16(p, (uint16_t)v);
    put16(p + 2, (uint16_t)(v >> 16));
}

static void put64(uint8_t *p, uint64_t v)
{
    put32(p, (uint32_t)v);
    put32(p + 4, (uint32_t)(v >> 32));
}

static uint64_t align_up(uint64_t v, uint64_t a)
{
    return (v + a - 1) & ~(a - 1);
}

struct section {
    uint32_t name;
    uint32_t type;
    uint64_t flags;
    uint64_t offset;
    uint64_t size;
    uint32_t link;
    uint32_t info;
    uint64_t align;
    uint64_t entsize;
};

static void put_shdr(uint8_t *p, const struct section *s)
{
    put32(p + 0, s->name);
    put32(p + 4, s->type);
    put64(p + 8, s->flags);
    put64(p + 16, 0); /* sh_addr: relocatable objects are not placed */
    put64(p + 24, s->offset);
    put64(p + 32, s->size);
    put32(p + 40, s->link);
    put32(p + 44, s->info);
    put64(p + 48, s->align);
    put64(p + 56, s->entsize);
}

static void put_sym(uint8_t *p, uint32_t name, uint8_t bind, uint8_t type,
                    uint16_t shndx, uint64_t value, uint64_t size)
{
    put32(p + 0, name);
    p[4] = (uint8_t)((bind << 4) | type);
    p[5] = 0; /* STV_DEFAULT */
    put16(p + 6, shndx);
    put64(p + 8, value);
    put64(p + 16, size);
}

/* A string table from a fixed list of names; offsets[i] locates names[i]. */
static size_t build_strtab(uint8_t *out, const char *const *names, size_t n,
                           uint32_t *offsets)
{
    size_t len = 1;
    if (out)
        out[0] = 0;
    for (size_t i = 0; i < n; i++) {
        size_t l = strlen(names[i]);
        if (l == 0) {
            offsets[i] = 0;
            continue;
        }
        offsets[i] = (uint32_t)len;
        if (out)
            memcpy(out + len, names[i], l + 1);
        len += l + 1;
    }
    return len;
}

/* Writes the pieces of the file in increasing offset order, zero-filling gaps. */
struct out {
    FILE *f;
    uint64_t pos;
    int failed;
};

static void out_at(struct out *o, uint64_t offset)
{
    static const uint8_t zeros[16];
    while (!o->failed && o->pos < offset) {
        uint64_t n = offset - o->pos;
        if (n > sizeof zeros)
            n = sizeof zeros;
        if (fwrite(zeros, 1, (size_t)n, o->f) != n)
            o->failed = 1;
        o->pos += n;
    }
}

static void out_blob(struct out *o, uint64_t offset, const void *p, size_t n)
{
    out_at(o, offset);
    if (o->failed || n == 0)
        return;
    if (fwrite(p, 1, n, o->f) != n)
        o->failed = 1;
    o->pos += n;
}

/* Opens a fresh file next to path (same directory, so rename is atomic). */
static FILE *open_temp_beside(const char *path, char **tmp_path, char *err,
                              size_t errlen)
{
    size_t cap = strlen(path) + 64;
    char *tmp = malloc(cap);
    if (!tmp) {
        set_err(err, errlen, "out of memory");
        return NULL;
    }
    static unsigned counter;
    for (int attempt = 0; attempt < 100; attempt++) {
        snprintf(tmp, cap, "%s.tmp%ld.%u", path, (long)getpid(), counter++);
        /* 0666 so the umask decides the final mode, as for any new file. */
        int fd = open(tmp, O_WRONLY | O_CREAT | O_EXCL, 0666);
        if (fd < 0) {
            if (errno == EEXIST)
                continue;
            set_err(err, errlen, "cannot create '%s': %s", path,
                    strerror(errno));
            free(tmp);
            return NULL;
        }
        FILE *f = fdopen(fd, "wb");
        if (!f) {
            set_err(err, errlen, "cannot write '%s': %s", path,
                    strerror(errno));
            close(fd);
            unlink(tmp);
            free(tmp);
            return NULL;
        }
        *tmp_path = tmp;
        return f;
    }
    set_err(err, errlen, "cannot create '%s': no free temporary name", path);
    free(tmp);
    return NULL;
}

int elf_write_object(const char *path, const struct elf_object *obj, char *err,
                     size_t errlen)
{
    if (obj->machine != ELF_MACHINE_X86_64 &&
        obj->machine != ELF_MACHINE_AARCH64) {
        set_err(err, errlen, "unsupported ELF machine %u",
                (unsigned)obj->machine);
        return -1;
    }
    if ((obj->text_size > 0 && !obj->text) ||
        (obj->rela_count > 0 && !obj->rela_text) || !obj->source_path) {
        set_err(err, errlen, "elf object is missing its contents");
        return -1;
    }
    if (obj->main_offset > obj->text_size) {
        set_err(err, errlen, "rv_main offset %llu lies outside .text (%zu bytes)",
                (unsigned long long)obj->main_offset, obj->text_size);
        return -1;
    }
    if (obj->rela_count > SIZE_MAX / ELF_RELA_SIZE) {
        set_err(err, errlen, "too many relocations");
        return -1;
    }
    size_t rela_size = obj->rela_count * ELF_RELA_SIZE;

    /* .rodata: the path with a NUL (handy for debuggers), then its length. */
    size_t path_len = strlen(obj->source_path);
    uint64_t len_value_off = align_up((uint64_t)path_len + 1, 8);
    size_t rodata_size = (size_t)len_value_off + 8;

    uint32_t sym_name_off[SYM_TOTAL];
    uint32_t sec_name_off[SEC_COUNT];
    size_t strtab_size = build_strtab(NULL, sym_names, SYM_TOTAL, sym_name_off);
    size_t shstrtab_size = build_strtab(NULL, sec_names, SEC_COUNT, sec_name_off);
    size_t symtab_size = (size_t)SYM_TOTAL * SYM_SIZE;

    struct section sec[SEC_COUNT];
    memset(sec, 0, sizeof sec);
    uint64_t off = EHDR_SIZE;
    sec[SEC_TEXT] = (struct section){
        .type = SHT_PROGBITS, .flags = SHF_ALLOC | SHF_EXECINSTR,
        .offset = align_up(off, 16), .size = obj->text_size, .align = 16};
    off = sec[SEC_TEXT].offset + sec[SEC_TEXT].size;
    sec[SEC_RELA_TEXT] = (struct section){
        .type = SHT_RELA, .flags = SHF_INFO_LINK, .offset = align_up(off, 8),
        .size = rela_size, .link = SEC_SYMTAB, .info = SEC_TEXT, .align = 8,
        .entsize = ELF_RELA_SIZE};
    off = sec[SEC_RELA_TEXT].offset + sec[SEC_RELA_TEXT].size;
    sec[SEC_RODATA] = (struct section){
        .type = SHT_PROGBITS, .flags = SHF_ALLOC, .offset = align_up(off, 8),
        .size = rodata_size, .align = 8};
    off = sec[SEC_RODATA].offset + sec[SEC_RODATA].size;
    sec[SEC_SYMTAB] = (struct section){
        .type = SHT_SYMTAB, .offset = align_up(off, 8), .size = symtab_size,
        .link = SEC_STRTAB, .info = SYM_FIRST_GLOBAL, .align = 8,
        .entsize = SYM_SIZE};
    off = sec[SEC_SYMTAB].offset + sec[SEC_SYMTAB].size;
    sec[SEC_STRTAB] = (struct section){
        .type = SHT_STRTAB, .offset = off, .size = strtab_size, .align = 1};
    off += strtab_size;
    sec[SEC_SHSTRTAB] = (struct section){
        .type = SHT_STRTAB, .offset = off, .size = shstrtab_size, .align = 1};
    off += shstrtab_size;
    /* Empty and without SHF_EXECINSTR: tells ld the stack need not be
     * executable. */
    sec[SEC_NOTE_GNU_STACK] = (struct section){
        .type = SHT_PROGBITS, .offset = off, .size = 0, .align = 1};
    for (int i = 0; i < SEC_COUNT; i++)
        sec[i].name = sec_name_off[i];
    uint64_t shoff = align_up(off, 8);

    /* Everything but the two GPU blobs is small; build it in one allocation. */
    size_t small_size = EHDR_SIZE + rodata_size + symtab_size + strtab_size +
                        shstrtab_size + (size_t)SEC_COUNT * SHDR_SIZE;
    uint8_t *small = calloc(1, small_size);
    if (!small) {
        set_err(err, errlen, "out of memory");
        return -1;
    }
    uint8_t *ehdr = small;
    uint8_t *rodata = ehdr + EHDR_SIZE;
    uint8_t *symtab = rodata + rodata_size;
    uint8_t *strtab = symtab + symtab_size;
    uint8_t *shstrtab = strtab + strtab_size;
    uint8_t *shdrs = shstrtab + shstrtab_size;

    memcpy(ehdr, "\x7f" "ELF", 4);
    ehdr[4] = ELFCLASS64;
    ehdr[5] = ELFDATA2LSB;
    ehdr[6] = EV_CURRENT;
    ehdr[7] = ELFOSABI_NONE;
    put16(ehdr + 16, ET_REL);
    put16(ehdr + 18, obj->machine);
    put32(ehdr + 20, EV_CURRENT);
    put64(ehdr + 24, 0); /* e_entry */
    put64(ehdr + 32, 0); /* e_phoff: no program headers */
    put64(ehdr + 40, shoff);
    put32(ehdr + 48, 0); /* e_flags */
    put16(ehdr + 52, EHDR_SIZE);
    put16(ehdr + 54, 0); /* e_phentsize */
    put16(ehdr + 56, 0); /* e_phnum */
    put16(ehdr + 58, SHDR_SIZE);
    put16(ehdr + 60, SEC_COUNT);
    put16(ehdr + 62, SEC_SHSTRTAB);

    memcpy(rodata, obj->source_path, path_len + 1);
    put64(rodata + len_value_off, path_len);

    /* Symbol 0 stays all zero. */
    put_sym(symtab + SYM_TEXT_SECTION * SYM_SIZE, 0, STB_LOCAL, STT_SECTION,
            SEC_TEXT, 0, 0);
    put_sym(symtab + SYM_RV_MAIN * SYM_SIZE, sym_name_off[SYM_RV_MAIN],
            STB_GLOBAL, STT_FUNC, SEC_TEXT, obj->main_offset, 0);
    static const int runtime_syms[] = {SYM_RT_PRINT_STR, SYM_RT_PRINT_I64,
                                       SYM_RT_PRINT_U64, SYM_RT_PRINT_BOOL,
                                       SYM_RT_PANIC,     SYM_RT_EXIT,
                                       SYM_RT_PRINT_FMT, SYM_RT_SET_STREAM,
                                       SYM_RT_PANIC_BEGIN, SYM_RT_PANIC_END};
    for (size_t i = 0; i < sizeof runtime_syms / sizeof runtime_syms[0]; i++) {
        int s = runtime_syms[i];
        put_sym(symtab + (size_t)s * SYM_SIZE, sym_name_off[s], STB_GLOBAL,
                STT_NOTYPE, SHN_UNDEF, 0, 0);
    }
    put_sym(symtab + SYM_RV_SOURCE_PATH * SYM_SIZE,
            sym_name_off[SYM_RV_SOURCE_PATH], STB_GLOBAL, STT_OBJECT,
            SEC_RODATA, 0, path_len + 1);
    put_sym(symtab + SYM_RV_SOURCE_PATH_LEN * SYM_SIZE,
            sym_name_off[SYM_RV_SOURCE_PATH_LEN], STB_GLOBAL, STT_OBJECT,
            SEC_RODATA, len_value_off, 8);

    build_strtab(strtab, sym_names, SYM_TOTAL, sym_name_off);
    build_strtab(shstrtab, sec_names, SEC_COUNT, sec_name_off);
    for (int i = 0; i < SEC_COUNT; i++)
        put_shdr(shdrs + (size_t)i * SHDR_SIZE, &sec[i]);

    char *tmp_path = NULL;
    FILE *f = open_temp_beside(path, &tmp_path, err, errlen);
    if (!f) {
        free(small);
        return -1;
    }
    struct out o = {.f = f};
    out_blob(&o, 0, ehdr, EHDR_SIZE);
    out_blob(&o, sec[SEC_TEXT].offset, obj->text, obj->text_size);
    out_blob(&o, sec[SEC_RELA_TEXT].offset, obj->rela_text, rela_size);
    out_blob(&o, sec[SEC_RODATA].offset, rodata, rodata_size);
    out_blob(&o, sec[SEC_SYMTAB].offset, symtab, symtab_size);
    out_blob(&o, sec[SEC_STRTAB].offset, strtab, strtab_size);
    out_blob(&o, sec[SEC_SHSTRTAB].offset, shstrtab, shstrtab_size);
    out_blob(&o, shoff, shdrs, (size_t)SEC_COUNT * SHDR_SIZE);
    free(small);

    int saved_errno = o.failed ? errno : 0;
    if (fclose(f) != 0 && !o.failed) {
        o.failed = 1;
        saved_errno = errno;
    }
    if (o.failed) {
        set_err(err, errlen, "cannot write '%s': %s", path,
                strerror(saved_errno ? saved_errno : EIO));
        unlink(tmp_path);
        free(tmp_path);
        return -1;
    }
    if (rename(tmp_path, path) != 0) {
        set_err(err, errlen, "cannot write '%s': %s", path, strerror(errno));
        unlink(tmp_path);
        free(tmp_path);
        return -1;
    }
    free(tmp_path);
    return 0;
}
