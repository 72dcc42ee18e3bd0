/* Unit test of the data-parallel primitives (src/prim.c) against plain C:
 * prim_scan_add in every mode, and the min-tree (mintree_build plus the
 * queries of shaders/lib/mintree.glsl, run by the test-only shader
 * shaders/prim/test_mintree_query.comp).
 *
 * usage: test_prims            (RUSTG_VK_VALIDATE=1 adds the Khronos layer;
 *                               any validation message fails the test) */
#ifndef _POSIX_C_SOURCE
#define _POSIX_C_SOURCE 200809L
#endif

#include "arena.h"
#include "prim.h"
#include "vk/context.h"
#include "vk/dispatch.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MT_NONE 0xffffffffu
#define SENTINEL 0xa5a5a5a5u

static struct vk_context ctx;
static struct vk_rec rec;
static char err[512];
static const char *current = "setup"; /* the case being checked, for failure messages */

static _Noreturn void fail(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    printf("test_prims: FAIL [%s]: ", current);
    vprintf(fmt, ap);
    putchar('\n');
    va_end(ap);
    fflush(stdout);
    exit(1);
}

static void *xmalloc(size_t size)
{
    void *p = malloc(size ? size : 1);
    if (!p)
        fail("out of host memory (%zu bytes)", size);
    return p;
}

static uint64_t rng = 0x9e3779b97f4a7c15ull;
static uint32_t rnd(void)
{
    rng ^= rng << 13;
    rng ^= rng >> 7;
    rng ^= rng << 17;
    return (uint32_t)(rng >> 16);
}

static void upload(const struct gpu_ref *r, VkDeviceSize off, const void *src, VkDeviceSize size)
{
    if (vk_buf_upload(&ctx, r->buf, r->off + off, src, size, err, sizeof err))
        fail("upload: %s", err);
}

static void download(const struct gpu_ref *r, VkDeviceSize off, void *dst, VkDeviceSize size)
{
    if (vk_buf_download(&ctx, r->buf, r->off + off, dst, size, err, sizeof err))
        fail("download: %s", err);
}

static void submit(void)
{
    if (vk_rec_submit(&rec, err, sizeof err))
        fail("submit: %s", err);
}

static struct gpu_ref alloc(struct gpu_arena *a, VkDeviceSize size)
{
    struct gpu_ref r = arena_alloc(a, size);
    if (a->failed)
        fail("arena: %s", a->err);
    return r;
}

static void check_validation(void)
{
    if (ctx.validation_messages)
        fail("%d validation message(s) (printed above)", ctx.validation_messages);
}

/* ---- prim_scan_add ---------------------------------------------------- */

/* Arrays sit between guard words, at an address that is 4- but not
 * 16-byte aligned, so stray writes and alignment assumptions show. */
#define PAD_FRONT 3u
#define PAD_BACK 64u

static void check_guards(const uint32_t *buf, uint32_t n, const char *what)
{
    for (uint32_t i = 0; i < PAD_FRONT; i++)
        if (buf[i] != SENTINEL + i)
            fail("%s: guard word %u before the array was overwritten (0x%08x)", what, i, buf[i]);
    for (uint32_t i = 0; i < PAD_BACK; i++)
        if (buf[PAD_FRONT + n + i] != SENTINEL + PAD_FRONT + i)
            fail("%s: guard word %u after the array was overwritten (0x%08x)", what, i, buf[PAD_FRONT + n + i]);
}

static void test_scan(uint32_t n)
{
    struct gpu_arena a;
    arena_init(&a, &ctx);
    size_t words = (size_t)PAD_FRONT + n + PAD_BACK;
    struct gpu_ref src = alloc(&a, words * 4), dst = alloc(&a, words * 4), tot = alloc(&a, 16);
    uint32_t *in = xmalloc(words * 4), *blank = xmalloc(words * 4), *got = xmalloc(words * 4);
    uint32_t *incl = xmalloc((size_t)n * 4), *excl = xmalloc((size_t)n * 4);

    for (uint32_t i = 0; i < PAD_FRONT; i++)
        in[i] = blank[i] = SENTINEL + i;
    for (uint32_t i = 0; i < PAD_BACK; i++)
        in[PAD_FRONT + n + i] = blank[PAD_FRONT + n + i] = SENTINEL + PAD_FRONT + i;
    /* Mostly small values, with the odd full-width one so the sums wrap. */
    for (uint32_t i = 0; i < n; i++) {
        in[PAD_FRONT + i] = (rnd() % 13 == 0) ? rnd() : rnd() % 100;
        blank[PAD_FRONT + i] = SENTINEL;
    }
    uint32_t sum = 0;
    for (uint32_t i = 0; i < n; i++) {
        excl[i] = sum;
        sum += in[PAD_FRONT + i];
        incl[i] = sum;
    }

    for (int mode = 0; mode < 8; mode++) {
        int inclusive = mode & 1, in_place = (mode >> 1) & 1, with_total = (mode >> 2) & 1;
        char label[128];
        snprintf(label, sizeof label, "scan n=%u %s %s %s", n, inclusive ? "inclusive" : "exclusive",
                 in_place ? "in-place" : "out-of-place", with_total ? "with total" : "no total");
        current = label;

        uint32_t tot_init[4] = {SENTINEL, SENTINEL, SENTINEL, SENTINEL};
        upload(&src, 0, in, words * 4);
        if (!in_place)
            upload(&dst, 0, blank, words * 4);
        upload(&tot, 0, tot_init, sizeof tot_init);

        VkDeviceAddress s = src.addr + PAD_FRONT * 4, d = in_place ? s : dst.addr + PAD_FRONT * 4;
        prim_scan_add(&rec, &a, "test", s, d, n, inclusive, with_total ? tot.addr + 4 : 0);
        if (a.failed)
            fail("arena: %s", a.err);
        submit();

        const uint32_t *want = inclusive ? incl : excl;
        download(in_place ? &src : &dst, 0, got, words * 4);
        check_guards(got, n, "result");
        for (uint32_t i = 0; i < n; i++)
            if (got[PAD_FRONT + i] != want[i])
                fail("element %u: got 0x%08x, want 0x%08x (input 0x%08x)", i, got[PAD_FRONT + i], want[i],
                     in[PAD_FRONT + i]);
        if (!in_place) {
            download(&src, 0, got, words * 4);
            if (memcmp(got, in, words * 4) != 0)
                fail("the source array was modified by an out-of-place scan");
        }
        uint32_t t[4];
        download(&tot, 0, t, sizeof t);
        if (t[0] != SENTINEL || t[2] != SENTINEL || t[3] != SENTINEL)
            fail("words around the total were overwritten");
        if (with_total && t[1] != sum)
            fail("total: got 0x%08x, want 0x%08x", t[1], sum);
        if (!with_total && t[1] != SENTINEL)
            fail("a total was written although none was asked for");
        check_validation();
    }

    free(in);
    free(blank);
    free(got);
    free(incl);
    free(excl);
    arena_free(&a);
}

/* ---- min-tree ------------------------------------------------------------ */

struct query_push {
    VkDeviceAddress tree, limits, out_next, out_prev;
    uint32_t n;
};

/* Keys are drawn from a sorted table of distinct values, so the reference can
 * answer a query by looking at the nearest position of each table value. */
struct key_dist {
    const char *name;
    const uint32_t *table;
    int k;
    uint32_t rare_below; /* table indices below this are drawn only ... */
    uint32_t rare_odds;  /* ... once in this many keys (0: uniform) */
};

static void reference(uint32_t n, const uint8_t *kidx, const uint32_t *limits, const struct key_dist *d,
                      uint32_t *ref_next, uint32_t *ref_prev)
{
    uint32_t last[256];
    for (int k = 0; k < d->k; k++)
        last[k] = MT_NONE;
    for (uint32_t i = n; i-- > 0;) {
        uint32_t best = MT_NONE;
        for (int k = 0; k < d->k && d->table[k] <= limits[i]; k++)
            if (last[k] < best)
                best = last[k];
        ref_next[i] = best;
        last[kidx[i]] = i;
    }
    for (int k = 0; k < d->k; k++)
        last[k] = MT_NONE;
    for (uint32_t i = 0; i < n; i++) {
        uint32_t best = MT_NONE;
        for (int k = 0; k < d->k && d->table[k] <= limits[i]; k++)
            if (last[k] != MT_NONE && (best == MT_NONE || last[k] > best))
                best = last[k];
        ref_prev[i] = best;
        last[kidx[i]] = i;
    }
}

/* The definition itself, for small n: checks the reference above. */
static void naive(uint32_t n, const uint32_t *keys, const uint32_t *limits, uint32_t *ref_next, uint32_t *ref_prev)
{
    for (uint32_t i = 0; i < n; i++) {
        ref_next[i] = ref_prev[i] = MT_NONE;
        for (uint32_t j = i + 1; j < n && ref_next[i] == MT_NONE; j++)
            if (keys[j] <= limits[i])
                ref_next[i] = j;
        for (uint32_t j = i; j-- > 0 && ref_prev[i] == MT_NONE;)
            if (keys[j] <= limits[i])
                ref_prev[i] = j;
    }
}

static void test_mintree(uint32_t n, const struct key_dist *d)
{
    char label[128];
    snprintf(label, sizeof label, "mintree n=%u keys=%s", n, d->name);
    current = label;

    uint8_t *kidx = xmalloc(n);
    uint32_t *keys = xmalloc((size_t)n * 4), *limits = xmalloc((size_t)n * 4);
    uint32_t *ref_next = xmalloc((size_t)n * 4), *ref_prev = xmalloc((size_t)n * 4);
    uint32_t *got_next = xmalloc((size_t)n * 4), *got_prev = xmalloc((size_t)n * 4);
    for (uint32_t i = 0; i < n; i++) {
        uint32_t k;
        if (d->rare_odds == 0)
            k = rnd() % (uint32_t)d->k;
        else if (rnd() % d->rare_odds == 0)
            k = rnd() % d->rare_below;
        else
            k = d->rare_below + rnd() % ((uint32_t)d->k - d->rare_below);
        kidx[i] = (uint8_t)k;
        keys[i] = d->table[k];
        uint32_t r = rnd() % 16, v = d->table[rnd() % (uint32_t)d->k];
        if (r == 0)
            limits[i] = 0;
        else if (r == 1)
            limits[i] = 0xffffffffu;
        else if (r < 9)
            limits[i] = v;                           /* ties */
        else
            limits[i] = (rnd() & 1) ? v + 1 : v - 1; /* in between; wraps at the ends */
    }
    reference(n, kidx, limits, d, ref_next, ref_prev);
    if (n <= 2048) {
        naive(n, keys, limits, got_next, got_prev);
        for (uint32_t i = 0; i < n; i++)
            if (got_next[i] != ref_next[i] || got_prev[i] != ref_prev[i])
                fail("internal: the C reference disagrees with the naive one at %u", i);
    }

    struct gpu_arena a;
    arena_init(&a, &ctx);
    struct mintree t;
    if (mintree_alloc(&t, &a, n, &ctx, err, sizeof err))
        fail("mintree_alloc: %s", err);
    struct gpu_ref lim = alloc(&a, (VkDeviceSize)n * 4), on = alloc(&a, (VkDeviceSize)n * 4),
                   op = alloc(&a, (VkDeviceSize)n * 4);
    upload(&t.ref, MINTREE_KEYS_OFFSET, keys, (VkDeviceSize)n * 4);
    upload(&lim, 0, limits, (VkDeviceSize)n * 4);
    mintree_build(&rec, &t, "test");
    struct query_push p = {t.ref.addr, lim.addr, on.addr, op.addr, n};
    vk_rec_dispatch(&rec, "test", "test_mintree_query", &p, sizeof p, groups_for(n, WORKGROUP_SIZE));
    submit();

    /* The tree itself: header intact, keys untouched, each level the block minima of the one below. */
    uint32_t words = t.header[1 + t.levels - 1] + t.header[9 + t.levels - 1];
    uint32_t *tree = xmalloc((size_t)words * 4);
    download(&t.ref, 0, tree, (VkDeviceSize)words * 4);
    if (memcmp(tree, t.header, sizeof t.header) != 0)
        fail("the tree header was overwritten");
    if (t.header[1] * 4 != MINTREE_KEYS_OFFSET || t.header[9] != n)
        fail("level 0 is not the keys at MINTREE_KEYS_OFFSET");
    if (memcmp(tree + t.header[1], keys, (size_t)n * 4) != 0)
        fail("the keys were modified");
    if (t.header[9 + t.levels - 1] != 1)
        fail("the top level has %u entries, not 1", t.header[9 + t.levels - 1]);
    for (uint32_t l = 0; l + 1 < t.levels; l++) {
        const uint32_t *lo = tree + t.header[1 + l], *hi = tree + t.header[2 + l];
        uint32_t lo_n = t.header[9 + l], hi_n = t.header[10 + l];
        if (hi_n != (lo_n + 31) / 32)
            fail("level %u has %u entries for %u below", l + 1, hi_n, lo_n);
        for (uint32_t k = 0; k < hi_n; k++) {
            uint32_t m = 0xffffffffu;
            for (uint32_t j = k * 32; j < lo_n && j < k * 32 + 32; j++)
                m = lo[j] < m ? lo[j] : m;
            if (hi[k] != m)
                fail("level %u entry %u: got 0x%08x, want 0x%08x", l + 1, k, hi[k], m);
        }
    }
    free(tree);

    download(&on, 0, got_next, (VkDeviceSize)n * 4);
    download(&op, 0, got_prev, (VkDeviceSize)n * 4);
    for (uint32_t i = 0; i < n; i++) {
        if (got_next[i] != ref_next[i])
            fail("mt_next_le(%u, 0x%08x) (key 0x%08x): got 0x%08x, want 0x%08x", i, limits[i], keys[i],
                 got_next[i], ref_next[i]);
        if (got_prev[i] != ref_prev[i])
            fail("mt_prev_le(%u, 0x%08x) (key 0x%08x): got 0x%08x, want 0x%08x", i, limits[i], keys[i],
                 got_prev[i], ref_prev[i]);
    }
    check_validation();

    arena_free(&a);
    free(kidx);
    free(keys);
    free(limits);
    free(ref_next);
    free(ref_prev);
    free(got_next);
    free(got_prev);
}

int main(void)
{
    const char *v = getenv("RUSTG_VK_VALIDATE");
    int validate = v && *v == '1';
    if (vk_context_init(&ctx, NULL, validate, err, sizeof err))
        fail("vk_context_init: %s", err);
    if (vk_rec_begin(&rec, &ctx, err, sizeof err))
        fail("vk_rec_begin: %s", err);

    static const uint32_t scan_sizes[] = {1, 2, 255, 256, 2047, 2048, 2049, 100000, 5000000};
    for (size_t i = 0; i < sizeof scan_sizes / sizeof scan_sizes[0]; i++)
        test_scan(scan_sizes[i]);

    static uint32_t small[51], spread[60];
    for (uint32_t i = 0; i < 51; i++)
        small[i] = i;
    for (uint32_t i = 0; i < 60; i++)
        spread[i] = i * 3;
    static const uint32_t extreme[] = {0, 1, 2, 0x7fffffffu, 0x80000000u, 0xfffffffdu, 0xfffffffeu, 0xffffffffu};
    const struct key_dist dists[] = {
        /* many ties, answers close by */
        {"dense 0..50", small, 51, 0, 0},
        /* small keys rare: long jumps through the upper levels, and MT_NONE */
        {"sparse", spread, 60, 40, 3000},
        /* the ends of the u32 range (0xffffffff is also the tree's padding) */
        {"extreme", extreme, 8, 3, 200},
    };
    static const uint32_t tree_sizes[] = {1, 5, 31, 32, 33, 1000, 1025, 40000, 1100000};
    for (size_t i = 0; i < sizeof tree_sizes / sizeof tree_sizes[0]; i++)
        for (size_t j = 0; j < sizeof dists / sizeof dists[0]; j++)
            test_mintree(tree_sizes[i], &dists[j]);

    current = "teardown";
    vk_rec_end(&rec);
    check_validation();
    vk_context_destroy(&ctx);
    printf("test_prims: ok\n");
    return 0;
}
