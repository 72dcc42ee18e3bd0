// Terminals the tree dumps (--emit=cst, --emit=ast) show: names and literals.
bool term_shown(uint k)
{
    return k == TK_IDENT || k == TK_RAW_IDENT || (k >= TK_INT && k <= TK_RAW_C_STRING) || k == TK_SELF_VALUE ||
           k == TK_SELF_TYPE || k == TK_SUPER || k == TK_CRATE || k == TK_TRUE || k == TK_FALSE;
}
