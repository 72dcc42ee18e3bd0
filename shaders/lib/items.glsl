// What may stand at a file's top level, as an element of File (the tree's
// checks, shaders/parse/tree_checks.comp, and the support gate,
// lower.glsl): anything else is rustc's "expected item".
// Needs llp_tables.h and llp_terms.h.

// The grammar's tags an item's tree can have at its top.
bool item_kind(uint k)
{
    return k == P_Body || k == P_Fn || k == P_Struct || k == P_Enum || k == P_Trait || k == P_TypeAlias ||
           k == P_Mod || k == P_Use || k == P_Static || k == P_Const || k == P_Unsafe || k == P_Extern ||
           k == P_Impl || k == P_Pub || k == P_Attr || k == P_Doc || k == P_Juxt || k == P_MacCall ||
           k == P_Macro || k == P_MacRules || k == P_MacRulesRaw || k == P_Where || k == P_Ret || k == P_Async;
}

// Token kinds an item can start with: its keyword or a qualifier, an
// attribute or doc comment, or the path of a macro invocation (`m! {..}`,
// `::a::m!();`, contextual `union U`, `auto trait`).
bool item_start(uint t)
{
    return t == TK_FN || t == TK_STRUCT || t == TK_ENUM || t == TK_TRAIT || t == TK_TYPE || t == TK_MOD ||
           t == TK_USE || t == TK_STATIC || t == TK_CONST || t == TK_UNSAFE || t == TK_EXTERN || t == TK_IMPL ||
           t == TK_PUB || t == TK_ASYNC || t == TK_MACRO || t == TK_POUND || t == TK_DOC_OUTER ||
           t == TK_DOC_INNER || t == TM_INNER_ATTR || t == TK_IDENT || t == TK_RAW_IDENT || t == TK_PATHSEP ||
           t == TK_SELF_VALUE || t == TK_SUPER || t == TK_CRATE;
}

// A top-level element of tag k whose first terminal has kind t.
bool file_item(uint k, uint t) { return item_kind(k) || item_start(t); }
