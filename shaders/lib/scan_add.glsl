// Workgroup-wide inclusive and exclusive sums (shared-memory Hillis-Steele:
// portable across subgroup sizes).
shared uint scan_sh[WG];

uint wg_inclusive_add(uint v)
{
    uint l = gl_LocalInvocationID.x;
    scan_sh[l] = v;
    barrier();
    for (uint off = 1u; off < WG; off <<= 1u) {
        uint t = l >= off ? scan_sh[l - off] : 0u;
        barrier();
        v += t;
        scan_sh[l] = v;
        barrier();
    }
    return v;
}
