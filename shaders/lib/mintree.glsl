// Nearest-smaller-value queries over a u32 array, answered with a tree of
// block minima (32-way, one level per dispatch of prim mintree_build).
// Layout of a tree buffer: [0] levels, [1..8] level offsets, [9..16] level
// sizes, level 0 (the keys themselves) at offset 32.
// Each query costs O(32 log32 n) reads at most; typical queries stop early.

#define MT_NONE 0xffffffffu

uint mt_get(U32 t, uint lvl, uint i) { return t.v[t.v[1u + lvl] + i]; }

// First j > i with key[j] <= limit, or MT_NONE.
uint mt_next_le(U32 t, uint i, uint limit)
{
    uint levels = t.v[0];
    uint lvl = 0u;
    uint pos = i + 1u;
    uint found = MT_NONE;
    for (;;) {
        uint size = t.v[9u + lvl];
        if (pos >= size)
            return MT_NONE;
        uint end = min((pos | 31u) + 1u, size);
        for (uint j = pos; j < end; j++)
            if (mt_get(t, lvl, j) <= limit) {
                found = j;
                break;
            }
        if (found != MT_NONE)
            break;
        if (lvl + 1u >= levels)
            return MT_NONE;
        pos = (pos >> 5) + 1u;
        lvl++;
    }
    while (lvl > 0u) {
        lvl--;
        uint size = t.v[9u + lvl];
        uint start = found * 32u;
        uint end = min(start + 32u, size);
        for (uint j = start; j < end; j++)
            if (mt_get(t, lvl, j) <= limit) {
                found = j;
                break;
            }
    }
    return found;
}

// Last j < i with key[j] <= limit, or MT_NONE.
uint mt_prev_le(U32 t, uint i, uint limit)
{
    if (i == 0u)
        return MT_NONE;
    uint levels = t.v[0];
    uint lvl = 0u;
    int pos = int(i) - 1;
    uint found = MT_NONE;
    for (;;) {
        if (pos < 0)
            return MT_NONE;
        int start = pos & ~31;
        for (int j = pos; j >= start; j--)
            if (mt_get(t, lvl, uint(j)) <= limit) {
                found = uint(j);
                break;
            }
        if (found != MT_NONE)
            break;
        if (lvl + 1u >= levels)
            return MT_NONE;
        pos = (pos >> 5) - 1;
        lvl++;
    }
    while (lvl > 0u) {
        lvl--;
        uint size = t.v[9u + lvl];
        int start = int(found * 32u);
        int end = min(start + 32, int(size));
        for (int j = end - 1; j >= start; j--)
            if (mt_get(t, lvl, uint(j)) <= limit) {
                found = uint(j);
                break;
            }
    }
    return found;
}
