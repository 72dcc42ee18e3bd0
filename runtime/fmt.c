/* rustg-vk runtime: integers and bools printed with a format spec
 * (`{:>8}`, `{:#06x}`, `{:+}`, ...), as core::fmt's Formatter::pad_integral
 * and Formatter::pad do. The spec's layout is FMT_* in common/abi.h; the
 * compiler packs it from the format string.
 *
 * Freestanding, built like rt.c. */
#include "common/abi.h"

#define RT_EXPORT __attribute__((visibility("default")))

void rt_print_str(const unsigned char *p, unsigned long len);
RT_EXPORT void rt_print_fmt(unsigned long v, unsigned long spec, unsigned long type);

static void put_fill(unsigned long cp, unsigned long count)
{
    unsigned char ch[4];
    unsigned long n;
    if (cp < 0x80) {
        ch[0] = (unsigned char)cp;
        n = 1;
    } else if (cp < 0x800) {
        ch[0] = (unsigned char)(0xc0 | (cp >> 6));
        ch[1] = (unsigned char)(0x80 | (cp & 63));
        n = 2;
    } else if (cp < 0x10000) {
        ch[0] = (unsigned char)(0xe0 | (cp >> 12));
        ch[1] = (unsigned char)(0x80 | ((cp >> 6) & 63));
        ch[2] = (unsigned char)(0x80 | (cp & 63));
        n = 3;
    } else {
        ch[0] = (unsigned char)(0xf0 | (cp >> 18));
        ch[1] = (unsigned char)(0x80 | ((cp >> 12) & 63));
        ch[2] = (unsigned char)(0x80 | ((cp >> 6) & 63));
        ch[3] = (unsigned char)(0x80 | (cp & 63));
        n = 4;
    }
    /* In chunks: a width may be up to 65535 characters. */
    unsigned char buf[256];
    unsigned long per = sizeof buf / n, fill = 0;
    for (unsigned long i = 0; i < per * n; i++)
        buf[i] = ch[i % n];
    while (fill < count) {
        unsigned long k = count - fill < per ? count - fill : per;
        rt_print_str(buf, k * n);
        fill += k;
    }
}

/* Writes `len` characters of text (ASCII here) padded to the spec's width;
 * `def_align` applies when the spec gives none. */
static void put_padded(const unsigned char *p, unsigned long len, unsigned long flags, unsigned long width,
                       unsigned long def_align)
{
    if (!(flags & FMT_HAS_WIDTH) || width <= len) {
        rt_print_str(p, len);
        return;
    }
    unsigned long pad = width - len, align = (flags >> FMT_ALIGN_SHIFT) & 3, pre;
    if (align == FMT_ALIGN_NONE)
        align = def_align;
    pre = align == FMT_ALIGN_LEFT ? 0 : align == FMT_ALIGN_RIGHT ? pad : pad / 2;
    put_fill(flags & FMT_FILL_MASK, pre);
    rt_print_str(p, len);
    put_fill(flags & FMT_FILL_MASK, pad - pre);
}

void rt_print_fmt(unsigned long v, unsigned long spec, unsigned long type)
{
    unsigned long flags = spec & 0xffffffffUL;
    unsigned long width = (spec >> 32) & 0xffff, prec = spec >> 48;
    if (type & FMT_TYPE_BOOL) {
        /* Formatter::pad: precision truncates; the `0` flag does not apply. */
        unsigned long len = v ? 4 : 5;
        if ((flags & FMT_HAS_PREC) && prec < len)
            len = prec;
        put_padded((const unsigned char *)(v ? "true" : "false"), len, flags, width, FMT_ALIGN_LEFT);
        return;
    }
    unsigned long bits = type & 0xff;
    unsigned long trait = (flags >> FMT_TRAIT_SHIFT) & FMT_TRAIT_MASK;
    unsigned char buf[80];
    unsigned long n = 0; /* sign and prefix, then digits from the end of buf */
    unsigned char *end = buf + sizeof buf, *d = end;
    if (trait == FMT_TRAIT_DISPLAY || trait == FMT_TRAIT_DEBUG) {
        int neg = (type & FMT_TYPE_SIGNED) && (long)v < 0;
        unsigned long mag = neg ? 0UL - v : v;
        do {
            *--d = (unsigned char)('0' + mag % 10);
            mag /= 10;
        } while (mag);
        if (neg)
            buf[n++] = '-';
        else if (flags & FMT_PLUS)
            buf[n++] = '+';
    } else {
        /* Radix formats print the two's complement bits of the value's type. */
        unsigned long u = bits >= 64 ? v : v & ((1UL << bits) - 1);
        unsigned long shift = trait == FMT_TRAIT_OCTAL ? 3 : trait == FMT_TRAIT_BINARY ? 1 : 4;
        const char *digits = trait == FMT_TRAIT_UPPER_HEX ? "0123456789ABCDEF" : "0123456789abcdef";
        do {
            *--d = (unsigned char)digits[u & ((1UL << shift) - 1)];
            u >>= shift;
        } while (u);
        if (flags & FMT_PLUS)
            buf[n++] = '+';
        if (flags & FMT_ALT) {
            buf[n++] = '0';
            buf[n++] = trait == FMT_TRAIT_OCTAL ? 'o' : trait == FMT_TRAIT_BINARY ? 'b' : 'x';
        }
    }
    unsigned long ndig = (unsigned long)(end - d), total = n + ndig;
    if (!(flags & FMT_HAS_WIDTH) || width <= total) {
        rt_print_str(buf, n);
        rt_print_str(d, ndig);
    } else if (flags & FMT_ZERO) {
        /* Sign-aware zero padding: sign and prefix first, any alignment ignored. */
        rt_print_str(buf, n);
        put_fill('0', width - total);
        rt_print_str(d, ndig);
    } else {
        /* Sign, prefix and digits padded as one piece, right-aligned by default. */
        for (unsigned long i = 0; i < n; i++)
            *--d = buf[n - 1 - i];
        put_padded(d, total, flags, width, FMT_ALIGN_RIGHT);
    }
}
