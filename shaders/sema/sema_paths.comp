#version 460
// Paths (`a::b::c`, left-nested PATH nodes over a TYPE and ASSOCs): only
// the paths the later phases implement may resolve: `<integer type>::MIN`
// and `::MAX` as values, `std::process::exit(code)` as a call. Any other
// path is rustc's E0433 where it certainly is one (its first segment names
// nothing rustc could see: not a prelude or primitive type, not a crate),
// else refused as not supported yet. One invocation per outermost path.
#include "common.glsl"
#include "sema.glsl"

// FNV-1a hashes (hash_bytes) of the names a path may start with in rustc:
// the 2021 prelude's types, traits and variants, crates, path keywords and
// primitive types. A collision only turns an E0433 into a refusal.
const uint KNOWN_ROOTS[62] = uint[62](
    0x17245cb4u, 0x738d6891u, 0x304ff7fbu, 0x504af044u, 0x65e485cfu, 0xd19c73ccu,  // Option Some None Result Ok Err
    0xd5bae885u, 0x604f4858u, 0xd5cb7ed2u, 0x7040ed25u, 0x8fa3d465u, 0xd143cd22u,  // Vec String Box ToString ToOwned Clone
    0x658f3664u, 0xf28e14cfu, 0xdaa4afc8u, 0x89a71bbau, 0xb0b13f81u, 0x108524acu,  // Copy Send Sized Sync Unpin Drop
    0x62d337f5u, 0xcda9ce69u, 0x455b00d4u, 0x61d153e1u, 0x9c4426dau, 0x18743595u,  // Fn FnMut FnOnce AsMut AsRef From
    0xafbdf343u, 0x2c6b29ceu, 0xf7302067u, 0x7e8c0169u, 0xf98905d9u, 0x5b01d56fu,  // Into DoubleEndedIterator ExactSizeIterator Extend IntoIterator Iterator
    0x19dc307eu, 0x43cc4b63u, 0xfba88340u, 0x2aacf694u, 0xc47f46b9u, 0x66e939eau,  // Default Eq Ord PartialEq PartialOrd TryFrom
    0x4ea0b830u, 0x55624c3fu, 0xe4898197u, 0xb84bc1d2u, 0xdd5e607eu, 0xbab1bb16u,  // TryInto FromIterator Self std core alloc
    0x175e9a40u, 0x645ba277u, 0xf77e01d4u, 0x9338fbb4u, 0x56a2c0dbu, 0xcaa7f4a5u,  // crate self super i8 i16 i32
    0xc69b2266u, 0xcd3f75cdu, 0x298e017du, 0x0b42b2f8u, 0x79ee1b1fu, 0x05f374b1u,  // i64 i128 isize u8 u16 u32
    0x79fae712u, 0x90caedf1u, 0x6b9c7a61u, 0x84375ec4u, 0x00435aebu, 0xc894953du,  // u64 u128 usize f32 f64 bool
    0xa84c031du, 0xc24bd190u);                                                      // char str

#define MAX_SEGMENTS 16u

bool known_root(uint t)
{
    uint h = hash_bytes(tstart(t), tend(t));
    for (uint i = 0u; i < 62u; i++)
        if (KNOWN_ROOTS[i] == h)
            return true;
    return false;
}

void item(uint p)
{
    if (p >= pc.nn || kind(p) != AST_PATH || kind(parent(p)) == AST_PATH)
        return;
    // The left spine: PATH nodes p, p+1, ... down to the first segment.
    uint n = 1u;
    while (n <= MAX_SEGMENTS && kind(p + n) == AST_PATH)
        n++;
    uint root = p + n;
    uint last = S(S_LAST, p);
    uint s = tstart(tok(root)), e = tend(tok(last));
    if (n > MAX_SEGMENTS || kind(root) != AST_TYPE || kind(last) != AST_ASSOC) {
        diag_emit(pc.diags, DIAG_UNSUPPORTED, s, e, 0u);
        return;
    }
    uint segs = n + 1u;
    uint q = parent(p);
    bool callee = kind(q) == AST_CALL && p == q + 1u;
    uint rt = tok(root);
    if (segs == 2u && !callee && is_int_ty(type_named(tstart(rt), tend(rt))) &&
        (text_is(last, 3u, 0x58414du, 0u, 0u) || text_is(last, 3u, 0x4e494du, 0u, 0u))) // MAX MIN
        return;
    if (segs == 3u && callee && text_is(root, 3u, 0x647473u, 0u, 0u) &&         // std
        text_is(S(S_LAST, p + 1u), 7u, 0x636f7270u, 0x737365u, 0u) &&            // process
        text_is(last, 4u, 0x74697865u, 0u, 0u)) {                                 // exit
        uint got = S(S_NCHILD, q) - 1u;
        if (got != 1u)
            diag_emit(pc.diags, DIAG_ARG_COUNT, s, e, (1u << 16) | got);
        return;
    }
    if (known_root(rt)) {
        diag_emit(pc.diags, DIAG_UNSUPPORTED, s, e, 0u);
        return;
    }
    uint b0 = byte_at(tstart(rt));
    bool upper = b0 >= 65u && b0 <= 90u;
    diag_emit(pc.diags, upper ? DIAG_UNDECLARED_TYPE : DIAG_UNDECLARED_MODULE, tstart(rt), tend(rt), 0u);
}

ELEMENTWISE_MAIN
