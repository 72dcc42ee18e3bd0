#version 460
// Parent of every node token. Bodies and else-chains attach structurally;
// everything else by the Cartesian tree of keys within its group: the parent
// is the tighter-binding of the nearest looser token on each side, ties going
// by associativity; with none in the group, the group's opener.
#include "common.glsl"
#include "mintree.glsl"
#include "parse_push.glsl"

uint prev_if(uint e)
{
    if (e < 1u || tk(e - 1u) != TK_RBRACE)
        return NONE;
    uint o = fld(F_OPEN_OF, e - 1u);
    return o == NONE ? NONE : fld(F_HEADER_OF, o);
}

void item(uint x)
{
    if (x > pc.n)
        return;
    if (x == pc.n) {
        fld_set(F_PARENT, x, NONE); // the crate root
        return;
    }
    if ((fld(F_ROLE, x) & 1u) == 0u) {
        fld_set(F_PARENT, x, NONE);
        return;
    }
    uint k = tk(x);
    uint pk = x > 0u ? tk(x - 1u) : 0u;
    uint p;
    if (k == TK_LBRACE && fld(F_HEADER_OF, x) != NONE) {
        p = fld(F_HEADER_OF, x);
    } else if ((k == TK_LBRACE || k == TK_IF) && pk == TK_ELSE) {
        p = prev_if(x - 1u);
        if (p == NONE)
            p = pc.n;
    } else {
        uint d = fld(F_DEPTH2, x);
        uint e = d == 0u ? MT_NONE : mt_prev_le(pc.t2, x, d - 1u);
        // The group ends at the opener's partner: a bracket's match, or a header's body.
        uint gend = pc.n;
        if (e != MT_NONE)
            gend = tk_header(tk(e)) && fld(F_BODY_OF, e) != NONE ? fld(F_BODY_OF, e) : fld(F_MATCH, e);
        if (gend == NONE)
            gend = pc.n;
        uint key = tkey(pc.t3, x);
        uint lv = fld(F_LEVEL, x);
        bool leaf = lv == LV_LEAF;
        bool right = lv_right_assoc(lv);
        uint lq = (right && !leaf) ? key : key - 1u;
        uint rq = (right || leaf) ? key - 1u : key;
        uint l = mt_prev_le(pc.t3, x, lq);
        uint r = mt_next_le(pc.t3, x, rq);
        bool lv_ok = l != MT_NONE && (e == MT_NONE || l > e);
        bool rv_ok = r != MT_NONE && r < gend;
        uint opener = e == MT_NONE ? pc.n : e;
        if (lv_ok && rv_ok) {
            uint kl = tkey(pc.t3, l), kr = tkey(pc.t3, r);
            p = kl > kr ? l : kr > kl ? r : (lv_right_assoc(fld(F_LEVEL, l)) ? r : l);
        } else if (lv_ok) {
            p = l;
        } else if (rv_ok) {
            p = r;
        } else {
            p = opener;
        }
        if (p != pc.n && (fld(F_ROLE, p) & 2u) != 0u)
            p = opener;
    }
    fld_set(F_PARENT, x, p);
}

ELEMENTWISE_MAIN
