// x86-64 byte emission for one event: the same code measures (X86_EMIT 0:
// counts bytes, relocations, pool bytes) and encodes (X86_EMIT 1: writes them
// at the offsets the scans gave), so lengths always agree.
uint g_pos;    // bytes of this event so far
uint g_base;   // this event's offset in .text (encode)
uint g_nrel;   // relocations of this event so far
uint g_relbase;
uint g_pool;   // string-pool bytes of this event so far
uint g_poolbase; // this event's pool offset in .text (encode)
int g_delta;   // static stack change in 8-byte words

void b1(uint x)
{
#if X86_EMIT
    uint a = g_base + g_pos;
    atomicOr(pc.text.v[a >> 2], (x & 0xffu) << ((a & 3u) * 8u));
#endif
    g_pos++;
}
void b2(uint a, uint b) { b1(a); b1(b); }
void b3(uint a, uint b, uint c) { b1(a); b1(b); b1(c); }
void b4(uint a, uint b, uint c, uint d) { b1(a); b1(b); b1(c); b1(d); }
void d32(uint x) { b1(x); b1(x >> 8); b1(x >> 16); b1(x >> 24); }
void d64(uint64_t x) { d32(uint(x)); d32(uint(x >> 32)); }

// A byte of the string pool (placed after all code).
void pool_byte(uint x)
{
#if X86_EMIT
    uint a = g_poolbase + g_pool;
    atomicOr(pc.text.v[a >> 2], (x & 0xffu) << ((a & 3u) * 8u));
#endif
    g_pool++;
}

// rel32 to an absolute .text offset, measured from the end of the field.
void rel32(uint target) { d32(target - (g_base + g_pos + 4u)); }

// R_X86_64_PLT32 against sym at the current position (the next 4 bytes).
void reloc(uint sym)
{
#if X86_EMIT
    uint r = (g_relbase + g_nrel) * 6u;
    pc.rela.v[r] = g_base + g_pos;
    pc.rela.v[r + 1u] = 0u;
    pc.rela.v[r + 2u] = RELOC_X86_64_PLT32;
    pc.rela.v[r + 3u] = sym;
    pc.rela.v[r + 4u] = 0xfffffffcu;
    pc.rela.v[r + 5u] = 0xffffffffu;
#endif
    g_nrel++;
}

// Call a runtime function with the stack aligned to 16 (args already in
// rdi/rsi/rdx): mov rax,rsp; and rsp,-16; push rax; push rax; call; pop rsp.
void call_rt(uint sym)
{
    b3(0x48u, 0x89u, 0xe0u);
    b4(0x48u, 0x83u, 0xe4u, 0xf0u);
    b2(0x50u, 0x50u);
    b1(0xe8u);
    reloc(sym);
    d32(0u);
    b1(0x5cu);
}

#define PANIC_LEN 24u
// mov edi,msg; mov esi,line; mov edx,col; and rsp,-16; call rt_panic (24 bytes).
void panic_call(uint msg, uvec2 lc)
{
    b1(0xbfu); d32(msg);
    b1(0xbeu); d32(lc.x);
    b1(0xbau); d32(lc.y);
    b4(0x48u, 0x83u, 0xe4u, 0xf0u);
    b1(0xe8u);
    reloc(SYM_RT_PANIC);
    d32(0u);
}
// Short jump on condition cc (0x70 | cc) over a panic call.
void skip_panic(uint jcc_short, uint msg, uvec2 lc)
{
    b2(jcc_short, PANIC_LEN);
    panic_call(msg, lc);
}

void push_rax() { b1(0x50u); }
void pop_rax() { b1(0x58u); }
void pop_rcx() { b1(0x59u); }
void push_imm8(uint x) { b2(0x6au, x); }
void mov_rax_imm64(uint64_t x) { b2(0x48u, 0xb8u); d64(x); }
void mov_rdx_imm64(uint64_t x) { b2(0x48u, 0xbau); d64(x); }
void add_rsp(uint x) { if (x != 0u) { b3(0x48u, 0x81u, 0xc4u); d32(x); } }
void load_slot(uint slot) { b3(0x48u, 0x8bu, 0x85u); d32(uint(-8 * int(slot + 1u))); }  // mov rax,[rbp-8(s+1)]
void store_slot(uint slot) { b3(0x48u, 0x89u, 0x85u); d32(uint(-8 * int(slot + 1u))); } // mov [rbp-8(s+1)],rax
void push_slot(uint slot) { b2(0xffu, 0xb5u); d32(uint(-8 * int(slot + 1u))); }         // push [rbp-8(s+1)]
void lea_rsp_depth(uint nslots, uint depth) { b3(0x48u, 0x8du, 0xa5u); d32(uint(-8 * int(nslots + depth))); }
void test_rax() { b3(0x48u, 0x85u, 0xc0u); }
void jmp_to(uint target) { b1(0xe9u); rel32(target); }
void jcc_to(uint cc, uint target) { b2(0x0fu, 0x80u | cc); rel32(target); }

#define CC_O 0x0u
#define CC_NO 0x1u
#define CC_B 0x2u
#define CC_AE 0x3u
#define CC_E 0x4u
#define CC_NE 0x5u
#define CC_BE 0x6u
#define CC_A 0x7u
#define CC_L 0xcu
#define CC_GE 0xdu
#define CC_LE 0xeu
#define CC_G 0xfu

// Normalise rax (dst 0) or copy-normalise rax into rdx (dst 2) to type t.
void norm(uint t, uint dst)
{
    uint modrm = 0xc0u | (dst << 3);
    if (t == TY_I8) b4(0x48u, 0x0fu, 0xbeu, modrm);
    else if (t == TY_I16) b4(0x48u, 0x0fu, 0xbfu, modrm);
    else if (t == TY_I32) b3(0x48u, 0x63u, modrm);
    else if (t == TY_U8) b4(0x48u, 0x0fu, 0xb6u, modrm);
    else if (t == TY_U16) b4(0x48u, 0x0fu, 0xb7u, modrm);
    else if (t == TY_U32) b2(0x89u, 0xc0u | dst);
    else if (dst != 0u) b3(0x48u, 0x89u, 0xc2u); // mov rdx,rax
}
bool narrow(uint t) { return ty_bits(t) < 64u && t != TY_BOOL; }
// Panic unless rax is a normalised value of t (cmp rdx,rax after norm).
void check_fits(uint t, uint msg, uvec2 lc)
{
    norm(t, 2u);
    b3(0x48u, 0x39u, 0xc2u);
    skip_panic(0x74u, msg, lc);
}
