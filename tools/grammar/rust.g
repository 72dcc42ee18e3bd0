# Rust 2021 for the LLP(1,1) parser: tools/llpgen.c turns this file into the
# pair tables the GPU parses with (`llpgen rust.g OUT.h`; `--parse FILE` runs
# test lines, tests/llp/). The grammar must be LL(1) and LLP(1,1): for every
# pair of adjacent terminals (a, b) the parser's stack change must be the same
# wherever the pair occurs. That rule shapes everything below.
#
# ==== A superset grammar ====
# The pair table sees two terminals and nothing else, so a terminal pair that
# occurs in two constructs must be parsed the same way in both: `x = 1` in an
# expression and in `let x: T = 1`; `(a, b)` as a tuple, arguments,
# parameters, a tuple pattern or a tuple type; `a::b<c>` as a path
# expression, a type or a pattern; `T: A + B` as a bound and `x: u8` as a
# field. So, as Pareas does, this grammar parses a superset of Rust with ONE
# expression grammar for expressions, patterns, types, bounds, items,
# visibility, generic parameters and where predicates, and a later tree pass
# decides what each node is and refuses what is not Rust. The unifications,
# and why each is needed:
#  - Types and patterns are expressions: they share every pair with
#    expressions (IDENT '=', IDENT ',', '(' IDENT, '&' 'mut', GEN_LT ...).
#    `&'a mut T` is Ref(Lifetime(Mut T)), `*const T` Deref(Const T),
#    `[T; N]` an Array with a Semi, `dyn A + B` Dyn(A) then Add(B),
#    `impl A` Impl(A), `?Sized` Maybe, `!` alone Not() (never), `_`
#    Underscore, fn pointers Fn(Paren ...) Ret(...), qualified paths
#    Angle(...) Path(...). Or-patterns are BitOr, `x @ p` is Bind, `..` rest
#    is RangeTo with no operand, `ref`/`mut` are prefixes.
#  - Every bracketed list is one `seq`: statements and items of a block or
#    file, fields, variants, match arms, arguments, parameters, generic
#    arguments and parameters, where predicates, closure parameters, use
#    groups, tuples, arrays, struct literals. Separators are `,` `;` and the
#    virtual STMT_SEP, all alike (`,` in a block or `;` in a call parse; the
#    tree pass refuses them). A `;` leaves a Semi leaf, so the tree shows
#    statements against a block's tail expression and `[x; n]`. The pairs
#    (x, ',') and (x, ')') must be one stack change, hence one list.
#  - Items are prefix keywords on an expression: `fn f<T>(x: T) -> R` is
#    Fn(Name f, Generics, Call(params)) then Ret(R) (the signature parses as
#    a call expression). Their where clause and `{}` body attach at the
#    lowest level of the list element (Where, Body), after the whole head,
#    because an optional body inside an expression would make `{` both a
#    body and the end of an `if` head. The body brace is its own terminal
#    (ITEM_LBRACE) for the same reason.
#  - Qualifiers and contextual keywords juxtapose: an operand followed
#    directly by an operand that cannot continue it (a keyword prefix, a name,
#    a literal, a prefix operator) is Juxt, the lowest postfix:
#    `pub fn f` is Pub Juxt(Fn ...), `pub(crate) x` Pub Call(crate) Juxt(x),
#    `extern "C" fn` Extern(Str Juxt(Fn)), `extern crate a` Extern(Crate
#    Juxt(a)), `union U {}` Name(union) Juxt(U) Body, `default fn`, `auto
#    trait`, `&raw const x`, `impl<T> Tr for S`
#    Impl(Angle(T) Juxt(Tr ImplFor(S))), `for<'a> Fn(&'a T)` For(Angle('a)
#    Juxt(Fn ...)). Which of these are Rust is the tree pass's to check.
#  - `let p = e` is Let(p) followed by the assignment suffix Assign(e): the
#    pair (IDENT, '=') is the same as in `x = e`. In let chains (`if let P = a
#    && let Q = b`) the `&&` binds tighter than that `=`, so the tree pass
#    regroups the condition at its top-level `&&`s.
#  - `else` is a postfix of any operand: `if c {} else {}` is If Else, and
#    `let P = e else {}` puts the Else on e's last operand (rustc forbids a
#    `}` before a let-else's `else`, so an Else whose left sibling is not an
#    If or an Else chain is always the let's).
#  - `for p in e {}` is For(p) followed by the suffix In(e, Block); `impl A
#    for B` is the postfix ImplFor(B); both `for`s push the same operand.
#  - Match arms: `=>` and guards are the lowest operators of a list element
#    (Arm, Guard), a block arm needs no `,` (STMT_SEP).
#  - Outer attributes and doc comments are prefixes of the e2 they apply to
#    (`#[a] pub fn f() {}` is Attr(Pub Juxt(Fn ...)) then Body), so they can
#    stand before anything, a block included; their `]` is ATTR_CLOSE so
#    that it is not confused with an index's. Inner ones (`#![..]`, `//!`)
#    are list elements of their own.
#  - Closures without parameters use CLOSURE_OROR (`||` where an operand is
#    expected): the pair ('||', x) cannot be both Or and a closure.
#
# ==== The tree ====
# Every production with a PascalCase tag is a node; `_` productions (lists,
# precedence layers, empty tails) are dropped and their children go to their
# parent, so a node's children are in source order. A terminal belongs to the
# node whose production matched it (or its nearest kept ancestor).
# Precedence is layered as the Rust Reference orders it, each layer `L -> L+1
# L_tail` with a looping tail, so operators come out as a FLAT list: the
# operand, then one suffix node per operator, each holding its right operand
# (itself flat). `a - b * c - d` is [Name a, Sub(b, Mul(c)), Sub(d)]. The
# reading rule for every list of siblings: a suffix node (Assign and the
# compound assignments, FieldInit, Ascribe, Or, And, Eq Ne Lt Gt Le Ge, BitOr, Bind,
# Range, RangeIncl, RangeDots, BitXor, BitAnd, Shl, Shr, Add, Sub, Mul, Div, Rem, Cast,
# Ret, In, Call, Index, Dot, Path, Generics, StructLit, MacCall, Else, Try,
# ImplFor, Juxt, Arm, Guard, Where, Body) takes the fold of the siblings before
# it (back to the start of the list element) as its left operand; any other
# node starts an operand. Left-fold order is right for left-associative
# levels; right-associative ones (`=` and op=, `:`, `->`) nest in the right
# operand: `a = b = c` is [a, Assign(b, Assign(c))]. Prefix operators hold
# their operand: `-x.f()` is Neg(x, Dot f, Call) = -((x.f)()). Comparisons
# are non-associative in Rust; they parse as a chain (`a == b == c` is [a,
# Eq(b), Eq(c)]) for the tree pass to refuse.
# Precedence, lowest first: Arm/Guard/Where/Body (element level) < `return`
# `break` `continue` `yield` closures `move` and outer attributes (they take
# everything to their right) < `=` op= (right) < `:` (right) < `||` < `&&` <
# comparisons < `|` < `@` < `..` `..=` < `^` < `&` < `<<` `>>` < `+` `-` <
# `*` `/` `%` < `as` `in`, `->` (right) < prefix operators and keyword
# prefixes < postfix.
# ONE DEVIATION: ranges sit above `|` (Rust: below `||`), so that the
# or-pattern `'a'..='z' | 'A'..='Z'` parses; an expression such as `a..b | c`
# or `a == b..c` (never seen in practice; rustc mostly rejects the types)
# groups differently, and the tree pass can regroup if it must.
#
# ==== Refinements: terminals the GPU derives from neighbouring tokens ====
# Kinds come from src/common/llp_terms.h. operand_end(t) below means: t is
# IDENT, RAW_IDENT, a literal, `)`, `?`, `self`, `Self`, `super`, `crate`,
# `true`, `false`, `await`, `_`, a `]` that does not close an attribute, or a
# `}` whose matching `{` is a STRUCT_LBRACE, or that ends a block-like
# operand: a `{..}` block (after at most one of `unsafe` `async` `const`
# `move`), an if-else chain or a `match` whose first token comes right after
# a binary or prefix operator, `=`, an op=, `..`, or a list's `(` `[` `,`
# (`x = if c {1} else {2} | f`, `(match e {..} * 2)`: the expression goes
# on, as in rustc). (Not a `}` of another block or a body, not a `>`: after
# them an operand is expected.) "Walking left at the same
# level" means visiting the tokens before t at t's bracket depth, jumping over
# each balanced ()/[] group (and {} group where said) to its opening token,
# and over a generic list `<..>` whose `>` or `>>` is a GEN_GT, and stopping
# at an unmatched opener. tests/llp/refine.py models all of this, sequentially;
# shaders/lib/llp_refine.glsl is the GPU's version, function for function.
#  CLOSURE_BORROW (new): `&` or `&&` whose previous token is not an
#    operand_end and whose next token, after an optional `mut`, is `|`, `||`
#    or `move`: it borrows a closure (`f(&mut |x| ..)`), which is an e2 form
#    and cannot be the operand of the unary Ref.
#  UNARY_MINUS, DEREF, BORROW, BORROW2: `-` `*` `&` `&&` whose previous token
#    is not an operand_end.
#  CLOSURE_OR: `|` whose previous token is not an operand_end and not a `>`
#    closing generics (`|x: Vec<u8>|` ends with a plain `|`).
#  CLOSURE_OROR (new): `||` under the same condition: a closure without
#    parameters. (Kept as '||' it would conflict with Or on every operand.)
#  CLOSURE_CLOSE (new): a `|` that is not CLOSURE_OR and whose nearest `|` or
#    `||` when walking left at the same level (over ()/[]/{} groups, so
#    `|S { x }|` works), before any `;`, is a CLOSURE_OR. Closure parameters
#    cannot hold a top-level `|` (or-patterns need parentheses there).
#  MACRO_BANG: `!` after IDENT or RAW_IDENT and before `(` `[` `{`, IDENT or
#    RAW_IDENT (`macro_rules! r#try`, `r#impl!(..)`).
#  TT (new): the opening delimiter of a macro body, i.e. a `(` `[` `{` right
#    after MACRO_BANG, after `MACRO_BANG IDENT|RAW_IDENT` (macro_rules!) or
#    after `macro IDENT` (macros 2.0, where `(..) {..}` together are one
#    body), and the `[` of an attribute `#[` or `#![`, becomes the single
#    terminal TT; the tokens up to its matching delimiter emit nothing; the
#    closing delimiter stays (an attribute's becomes ATTR_CLOSE).
#    Exception: macros whose arguments are expressions (println print
#    eprintln eprint format format_args write writeln panic assert assert_eq
#    assert_ne debug_assert debug_assert_eq debug_assert_ne vec matches dbg
#    unreachable todo unimplemented) keep their delimiters and are parsed as a
#    list (MacParen, MacBracket, MacBrace). A macro `{` is never a
#    STRUCT_LBRACE or ITEM_LBRACE.
#  ATTR_CLOSE (new): the `]` matching an attribute's TT. Not an operand_end.
#  INNER_ATTR (new): the `#` of `#![`; the `!` emits nothing.
#  GLOB (new): `*` right after `::`, or right after `{` or `,` when the
#    enclosing unmatched `{` comes right after `::` (`use a::{self, *}`).
#  GEN_LT / GEN_GT: as llp_refine.comp decides (with `>>` `>=` `>>=` split),
#    plus: a `<` whose previous token is not an operand_end is GEN_LT (a
#    qualified path `<T as Tr>::f`, also the `<` after `impl` and `for`), and
#    a `<<` there is two GEN_LT (the walk matching a `>` counts it as two);
#    except right after a `}`, where `<` is a comparison and `<<` a shift
#    (`unsafe { x } << 8`) unless, scanning right at the same level before
#    `;` `,` `=` or a bracket, a `>` followed by `::` comes (for `<<`: `as`
#    then a `>`), which makes it a qualified path (a match arm `<T>::C =>`
#    after a block arm). A `<<` after a path is two GEN_LT when a
#    qualified path follows by that scan (`Foo<<T as Tr>::A>`; a `,` in the
#    qualified type's own generic arguments does not end it).
#    Types the rule also takes (found on library/ and crates): the path right
#    after the `>` of `impl<..>` or `for<..>` (`impl<T> Foo<T>`), `type A<T>
#    = B<T>` (the `<` after the `=` of a generic type alias), types inside a
#    tuple, array or fn-pointer type or tuple-struct fields (`-> (usize,
#    Option<usize>)`, `struct D<'a>(dyn E<'a> + 'a)`: decided by what
#    precedes the enclosing `(`/`[`: `->` `:` `as` `dyn` `impl` `fn` GEN_LT,
#    `impl .. for`, `struct NAME [<..>]`, an enum variant's name, `Fn`,
#    `FnMut`, `FnOnce`, or (recursively) a `&` `*` `mut` `const` LIFETIME
#    `pub` attribute that is itself in a type), where-predicates after `,`,
#    a `<` right before a LIFETIME; and the prefixes skipped before a path
#    must be the refined BORROW/BORROW2/DEREF, not the binary `&&`/`*` (`a
#    && b < c` is a comparison). The walk that finds the `<` of a `>` must
#    jump over `{...}` const arguments (`Foo<{ N }>`) and must not stop at
#    a BORROW2 (`::<&&T>`). Also types: a bound after `A<..> +` (the walk
#    over the prefixes jumps the generic arguments), a generic argument
#    after `,` or `=` inside generic angles (`Item = (A, B)`), an enum
#    variant's fields after a doc comment.
#  STRUCT_LBRACE: a `{` after a path (or a `>` closing generics) that is not
#    an ITEM_LBRACE, walking left at the same level: TRUE at `;` `=>`
#    `return` `break` `,` an unmatched opener or a {} group, except that a
#    {} group that is a struct literal/pattern, or a block operand (its `{`
#    after `unsafe` `async` `const` `move` or an operator), is passed; TRUE
#    at `let` if no `=` was passed (a let pattern); `=` is passed, not a
#    stop; FALSE at `if` `while` `match` `in` `->` and item keywords, except
#    that `fn` and `->` after a passed `=` are a type's (`let f: fn() -> R =
#    S { .. }`) and passed.
#  ITEM_LBRACE (new): a `{` that opens an item body. Not if the previous
#    token is `}`, `=` or GEN_LT, nor after a `,` inside generic angles
#    (`<A, { N }>`).
#    Otherwise walk left at the same level, jumping over ()/[] groups and over
#    {} groups that follow `<` `,` or `=` (const arguments): ITEM at `fn`
#    `struct` `enum` `trait` `impl` `mod` `extern` `where` or an IDENT
#    `union` followed by IDENT; NOT an item at `;` `=>` `if` `while` `match`
#    `in` `loop` `else` `let` `return` `break` `static` `|` `||`, at any other
#    {} group, at an unmatched opener, and at `unsafe` `async` `const` `move`
#    when they are right before the `{` (blocks); those three further left
#    are qualifiers of an item and the walk goes on. An `=` stops it (NOT an
#    item: `static F: fn() = {..}`) unless it is inside generic angles
#    (`Iterator<Item = u8>`). `for`, `->`, `:`, `,`, `+`, names and `>` do
#    not stop the walk.
#  WHERE_END (new, virtual): emitted BEFORE an ITEM_LBRACE or a `;` when,
#    walking left at the same level (over ()/[] groups and const-argument {}
#    groups), a `where` comes before any `;`, `=>`, other {} group, unmatched
#    opener or item keyword (`fn` `struct` `enum` `trait` `impl` `mod`
#    `extern`). (A const-argument {} group: a plain `{` right after GEN_LT,
#    or after `,` or `=` inside generic angles.)
#  FIELD_COLON (new): a `:` whose next terminal starts an e2 that takes
#    everything to its right (CLOSURE_OR CLOSURE_OROR CLOSURE_BORROW `move`
#    `return` `break` `continue` `yield`): a struct literal's field value
#    (`S { f: |x| x }`), which `:`'s operand (a type) cannot be. It is an
#    assignment-level operator, FieldInit.
#  RET_LBRACE (new): a plain `{` right after `return` or `break` (or
#    `break 'a`): a block operand (`return { x }`), which the operand of a
#    keyword (or a label, `T: 'a {`) cannot start with where a head's body
#    could follow.
#  GUARD_IF (new): `if` whose previous token is an operand_end (`pat if c =>`).
#  UNSAFE_BLOCK (new): `unsafe` right before `{`: an unsafe block is a
#    primary, so `unsafe { p }.f()` calls f on it (the prefix `unsafe` of
#    `unsafe fn` would take the whole postfix chain).
#  ASYNC_BLOCK (new): `async` right before `{` or `move {`: the same for
#    async blocks (`async move { x }.await`).
#  VIS_IN (new): `in` right after `pub (`.
#  STMT_SEP (new, virtual): emitted AFTER a token that ends a statement or item
#    without `;`: a `}` that is not an operand_end (block, body, macro, use
#    group), the ATTR_CLOSE of an inner attribute `#![...]`, or DOC_INNER, when
#    the next terminal is one of: IDENT RAW_IDENT LIFETIME any literal 'true'
#    'false' 'self' 'Self' 'super' 'crate' '_' '::' GEN_LT '(' '[' '..' '..='
#    '!' '#' DOC_OUTER DOC_INNER UNARY_MINUS DEREF BORROW BORROW2 CLOSURE_OR
#    CLOSURE_OROR 'let' 'fn' 'struct' 'enum' 'trait' 'impl' 'type' 'mod' 'use'
#    'extern' 'const' 'static' 'unsafe' 'async' 'pub' 'mut' 'ref' 'dyn' 'box'
#    'move' 'if' 'match' 'while' 'loop' 'for' 'return' 'break' 'continue'
#    'yield' 'try' INNER_ATTR CLOSURE_BORROW UNSAFE_BLOCK ASYNC_BLOCK (what
#    can start a list element, less `{` `...` `?`); and when the next
#    terminal is a plain `{`, unless the `}` closes a block operand that
#    directly follows a head keyword or an operator: its `{` (after at most one of `unsafe` `async` `const` `move`,
#    or `async move`) comes right after `if` `while` `match` `in` `return`
#    `break`, `=`, a compound assignment or a binary or prefix operator, or the
#    `}` ends `match e {..}` whose `match` does (found walking left from its
#    `{` over the scrutinee), or ends an if-else chain (`else {..}`) whose
#    first `if` does (walking left over each block's condition) (`match if c
#    {..} else {..} {`, `match unsafe { f() } {`, `while { x } {}`, `if
#    let P = unsafe {..} {`, `if a && match e {..} {`: the `{` is the head's
#    body; `{} {}`, `if c {} {}`, `#[cfg(a)] {} {}`: two statements).
#    This is Rust's rule that a block-like expression statement ends the
#    statement (`if x {} -1` is two statements, `match x {} (a, b) = t` too);
#    `.`, `?`, binary operators, `as` and `else` still continue it, as syn and
#    rustc do. Inside a larger expression (`let x = match y {..} - 1;`) the
#    `}` is an operand_end, so no STMT_SEP comes and `-` is binary.
#
# ==== Not covered ====
#  - A head ending in a block-like operand other than those STMT_SEP's rule
#    recognises (`if x == loop {..} {`) is read as two statements.
#    `..{x}` and `'a {x}` without the colon: their operand cannot start with
#    `{`, where a head's body could (`return`/`break` have RET_LBRACE).
#  - Leading `|` of a match arm (`| A | B =>`): it reads as a closure.
#  - Async closures (`async |x|`, `async move |x|`), closure binders
#    (`for<'a> |x|`).
#  - `struct S(pub (A, B))` parses with Pub Call(A, B) (a restriction shape);
#    the tree pass tells `pub(crate)`/`pub(self)`/`pub(super)` apart.
#  - `fn f() -> fn() {}` attaches the body to the fn pointer type (Fn(...)
#    Ret(Fn(...)) Body): the tree pass must move it.
#  - Unstable syntax is accepted where library/ uses it: `try` blocks
#    (TryBlock), `~const` (Tilde), `box` and `yield` prefixes, `macro` items
#    (macros 2.0), `default fn` and `auto trait` (Juxt), trait aliases.

# The suffix nodes of "The tree" above (llpgen marks their productions).
%suffix Assign AddAssign SubAssign MulAssign DivAssign RemAssign XorAssign
    AndAssign OrAssign ShlAssign ShrAssign FieldInit Ascribe Or And Eq Ne Lt Gt
    Le Ge BitOr Bind Range RangeIncl RangeDots BitXor BitAnd Shl Shr Add Sub Mul Div Rem
    Cast Ret In Call Index Dot Path Generics StructLit MacCall Else Try ImplFor
    Juxt Arm Guard Where Body;

start -> SOI file EOI;
file [File] -> seq;

# ==== Lists: every bracketed list, and the file ====
seq [_] -> elem seq_tail;
seq [_] -> sep seq;
seq [_] -> ;
seq_tail [_] -> sep seq;
seq_tail [_] -> ;
sep [Semi] -> ';';
sep [_] -> ',';
sep [_] -> STMT_SEP;
elem [Elem] -> e0;
elem [InnerAttr] -> INNER_ATTR TT ATTR_CLOSE;
elem [InnerDoc] -> DOC_INNER;

# ==== Element level: match arms, guards, where clauses, item bodies ====
# After a Body the stack must look as it does after any other `}` that ends
# an operand (the same pairs follow), so Body's rule pushes every tail from
# the postfix one down to this level again, one symbol each.
e0 [_] -> e2 arm_tail;
arm_tail [_] -> arm_op arm_tail;
arm_tail [_] -> body postfix_tail cast_tail prod_tail sum_tail shift_tail band_tail xor_tail range_tail at_tail bor_tail cmp_tail and_tail or_tail colon_tail assign_tail arm_tail;
arm_tail [_] -> ;
arm_op [Arm] -> '=>' e2;
arm_op [Guard] -> GUARD_IF e2;
arm_op [Where] -> 'where' seq WHERE_END;
body [Body] -> ITEM_LBRACE seq '}';

# ==== e2: assignment, and the forms that take everything to their right ====
# `_nb` layers are the same layers for an operand that cannot start with `{`:
# used where the operand is optional and a `{` could also be the body of an
# enclosing `if`/`while`/`match`/`for` head (`return`, `break`, ranges `a..`,
# `'a`, `!` as the never type, `extern "C"`).
e2 [_] -> e3 assign_tail;
e2 [_] -> e2_pre;
e2_nb [_] -> e3_nb assign_tail;
e2_nb [_] -> e2_pre;
e2_pre [Return] -> 'return' ret_opt;
e2_pre [Break] -> 'break' ret_opt;
e2_pre [Continue] -> 'continue' ret_opt;
e2_pre [Yield] -> 'yield' ret_opt;
e2_pre [Move] -> 'move' closure;
e2_pre [_] -> closure;
e2_pre [_] -> attr;
e2_pre [RefClosure] -> CLOSURE_BORROW ref_closure;
ref_closure [_] -> 'mut' e2_pre;
ref_closure [_] -> e2_pre;
ret_opt [_] -> e2_nb;
ret_opt [_] -> ;
# `return { .. }`: its own brace (RET_LBRACE), then the tails an operand has.
ret_opt [_] -> ret_block postfix_tail cast_tail prod_tail sum_tail shift_tail band_tail xor_tail range_tail at_tail bor_tail cmp_tail and_tail or_tail colon_tail assign_tail;
ret_block [Block] -> RET_LBRACE seq '}';
# `|x| -> T { .. }`: T then the block, with the tails pushed one by one so
# that the pairs after T (T '{') and after the block's `}` are those of an
# `if` head and of a block operand.
closure [Closure] -> closure_params closure_body;
closure_params [_] -> CLOSURE_OR seq CLOSURE_CLOSE;
closure_params [_] -> CLOSURE_OROR;
closure_body [_] -> e2;
closure_body [ClosureRet] -> '->' e15 prod_tail sum_tail shift_tail band_tail xor_tail range_tail at_tail bor_tail cmp_tail and_tail or_tail colon_tail assign_tail block postfix_tail cast_tail prod_tail sum_tail shift_tail band_tail xor_tail range_tail at_tail bor_tail cmp_tail and_tail or_tail colon_tail assign_tail;

# Right-associative: the right operand is this layer again.
assign_tail [_] -> assign_op;
assign_tail [_] -> ;
assign_op [Assign] -> '=' e2;
assign_op [AddAssign] -> '+=' e2;
assign_op [SubAssign] -> '-=' e2;
assign_op [MulAssign] -> '*=' e2;
assign_op [DivAssign] -> '/=' e2;
assign_op [RemAssign] -> '%=' e2;
assign_op [XorAssign] -> '^=' e2;
assign_op [AndAssign] -> '&=' e2;
assign_op [OrAssign] -> '|=' e2;
assign_op [ShlAssign] -> '<<=' e2;
assign_op [ShrAssign] -> '>>=' e2;
# `S { f: |x| x }`: a field value that takes everything to its right.
assign_op [FieldInit] -> FIELD_COLON e2;

# ==== e3: ascription `x: T` (let, params, fields, bounds, labels) ====
e3 [_] -> e4 colon_tail;
e3_nb [_] -> e4_nb colon_tail;
colon_tail [_] -> colon_op;
colon_tail [_] -> ;
colon_op [Ascribe] -> ':' e3;

# ==== e4 `||` ====
e4 [_] -> e5 or_tail;
e4_nb [_] -> e5_nb or_tail;
or_tail [_] -> or_op or_tail;
or_tail [_] -> ;
or_op [Or] -> '||' e5;

# ==== e5 `&&` ====
e5 [_] -> e6 and_tail;
e5_nb [_] -> e6_nb and_tail;
and_tail [_] -> and_op and_tail;
and_tail [_] -> ;
and_op [And] -> '&&' e6;

# ==== e6 comparisons (a chain: the tree pass refuses `a == b == c`) ====
e6 [_] -> e7 cmp_tail;
e6_nb [_] -> e7_nb cmp_tail;
cmp_tail [_] -> cmp_op cmp_tail;
cmp_tail [_] -> ;
cmp_op [Eq] -> '==' e7;
cmp_op [Ne] -> '!=' e7;
cmp_op [Lt] -> '<' e7;
cmp_op [Gt] -> '>' e7;
cmp_op [Le] -> '<=' e7;
cmp_op [Ge] -> '>=' e7;

# ==== e7 `|`, also or-patterns ====
e7 [_] -> e8 bor_tail;
e7_nb [_] -> e8_nb bor_tail;
bor_tail [_] -> bor_op bor_tail;
bor_tail [_] -> ;
bor_op [BitOr] -> '|' e8;

# ==== e8 `@` bindings ====
e8 [_] -> e9 at_tail;
e8_nb [_] -> e9_nb at_tail;
at_tail [_] -> at_op at_tail;
at_tail [_] -> ;
at_op [Bind] -> '@' e9;

# ==== e9 ranges, all six forms ====
# The right operand is optional (`a..`, `..`): it is empty when the next
# terminal cannot start one, which is why it is an `_nb` operand (`for i in
# 0.. {`). Prefix forms `..b`, `..=b`, `..` (rest patterns, struct bases).
e9 [_] -> e10 range_tail;
e9 [_] -> range_pre range_tail;
e9_nb [_] -> e10_nb range_tail;
e9_nb [_] -> range_pre range_tail;
range_tail [_] -> range_op range_tail;
range_tail [_] -> ;
range_op [Range] -> '..' range_rhs;
range_op [RangeIncl] -> '..=' range_rhs;
# `b'A'...b'F'`, the inclusive range pattern of editions 2015 and 2018 (rustc's
# parser takes it in every edition): a `...` after an operand, where C
# variadics' `...` never stands.
range_op [RangeDots] -> RANGE_DOTS range_rhs;
range_pre [RangeTo] -> '..' range_rhs;
range_pre [RangeToIncl] -> '..=' range_rhs;
range_rhs [_] -> e10_nb;
range_rhs [_] -> ;

# ==== e10 `^` ====
e10 [_] -> e11 xor_tail;
e10_nb [_] -> e11_nb xor_tail;
xor_tail [_] -> xor_op xor_tail;
xor_tail [_] -> ;
xor_op [BitXor] -> '^' e11;

# ==== e11 `&` ====
e11 [_] -> e12 band_tail;
e11_nb [_] -> e12_nb band_tail;
band_tail [_] -> band_op band_tail;
band_tail [_] -> ;
band_op [BitAnd] -> '&' e12;

# ==== e12 `<<` `>>` ====
e12 [_] -> e13 shift_tail;
e12_nb [_] -> e13_nb shift_tail;
shift_tail [_] -> shift_op shift_tail;
shift_tail [_] -> ;
shift_op [Shl] -> '<<' e13;
shift_op [Shr] -> '>>' e13;

# ==== e13 `+` `-` (also `+` between bounds) ====
e13 [_] -> e14 sum_tail;
e13_nb [_] -> e14_nb sum_tail;
sum_tail [_] -> sum_op sum_tail;
sum_tail [_] -> ;
sum_op [Add] -> '+' e14;
sum_op [Sub] -> '-' e14;

# ==== e14 `*` `/` `%` ====
e14 [_] -> e15 prod_tail;
e14_nb [_] -> e15_nb prod_tail;
prod_tail [_] -> prod_op prod_tail;
prod_tail [_] -> ;
prod_op [Mul] -> '*' e15;
prod_op [Div] -> '/' e15;
prod_op [Rem] -> '%' e15;

# ==== e15 `as`, a for loop's `in`, and `->` (right-associative) ====
# `-> T` binds tighter than `+` so that `Fn(A) -> B + Send` and `-> impl
# Iterator + '_` group as Rust groups them; `for p in e {}` is For(p) (a
# prefix) followed by In(e, Block).
e15 [_] -> unary cast_tail;
e15_nb [_] -> unary_nb cast_tail;
cast_tail [_] -> cast_op cast_tail;
cast_tail [_] -> ret_op;
cast_tail [_] -> ;
cast_op [Cast] -> 'as' unary;
cast_op [In] -> 'in' e2 block postfix_tail;
ret_op [Ret] -> '->' e15;

# ==== Prefix operators and keyword prefixes ====
unary [_] -> pre;
unary [_] -> post;
unary_nb [_] -> pre;
unary_nb [_] -> post_nb;
post [_] -> primary postfix_tail;
post_nb [_] -> primary_nb postfix_tail;

pre [_] -> pre_c;
pre [Maybe] -> '?' maybe_rest;
pre [For] -> 'for' unary;
pre [VisIn] -> VIS_IN unary;
maybe_rest [_] -> atom postfix_tail;

pre [Tilde] -> '~' unary;
# `!return ()`, `a || continue`: `return` `break` `continue` right after a
# prefix or binary operator (RETURN_OP ...). rustc gives it everything to its
# right; here it holds one unary operand, like `!` (in LL(1) it cannot take
# the tails of the levels it stands below without every tail becoming
# ambiguous), so `1 + return a * b` is Mul(Add(1, ReturnOp(a)), b): the
# support gate refuses these nodes until a pass regroups them.
pre [ReturnOp] -> RETURN_OP jump_rest;
pre [BreakOp] -> BREAK_OP jump_rest;
pre [ContinueOp] -> CONTINUE_OP jump_rest;
jump_rest [_] -> unary_nb;
jump_rest [_] -> ;
# pre_c: the prefixes that may also follow an operand directly (Juxt).
pre_c [_] -> kw_prefix;
pre_c [Neg] -> UNARY_MINUS unary;
pre_c [Not] -> '!' not_rest;
pre_c [Deref] -> DEREF unary;
pre_c [Ref] -> BORROW unary;
pre_c [RefRef] -> BORROW2 unary;
pre_c [Lifetime] -> LIFETIME lt_rest;
not_rest [_] -> unary_nb;
not_rest [_] -> ;
lt_rest [_] -> unary_nb;
lt_rest [_] -> ret_block postfix_tail;
lt_rest [_] -> ;

# Items and the keywords of types and patterns, each on the operand after it.
kw_prefix [Fn] -> 'fn' unary;
kw_prefix [Struct] -> 'struct' unary;
kw_prefix [Enum] -> 'enum' unary;
kw_prefix [Trait] -> 'trait' unary;
kw_prefix [TypeAlias] -> 'type' unary;
kw_prefix [Mod] -> 'mod' unary;
kw_prefix [Use] -> 'use' unary;
kw_prefix [Static] -> 'static' unary;
kw_prefix [Const] -> 'const' unary;
kw_prefix [Unsafe] -> 'unsafe' unary;
kw_prefix [Extern] -> 'extern' extern_rest;
kw_prefix [Impl] -> 'impl' unary;
kw_prefix [Let] -> 'let' unary;
kw_prefix [Mut] -> 'mut' unary;
kw_prefix [ByRef] -> 'ref' unary;
kw_prefix [Dyn] -> 'dyn' unary;
kw_prefix [Box] -> 'box' unary;
kw_prefix [TryBlock] -> 'try' unary;
kw_prefix [Async] -> 'async' unary;
kw_prefix [Macro] -> 'macro' IDENT TT mac_close postfix_tail;
extern_rest [_] -> unary_nb;
extern_rest [_] -> ;

# ==== Primaries ====
primary [_] -> primary_c;
primary [_] -> group;
primary [_] -> angle;
primary [_] -> block;
primary_nb [_] -> primary_c;
primary_nb [_] -> group;
primary_nb [_] -> angle;
# primary_c: the primaries that may also follow an operand directly (Juxt).
primary_c [_] -> atom;
primary_c [_] -> prim_kw;
group [Paren] -> '(' seq ')';
group [Array] -> '[' seq ']';
group [GlobalPath] -> '::' path_seg;
group [Variadic] -> '...';
# `<T as Tr>` before `::` (a qualified path), or `<T>` before an operand (the
# generic parameters of `impl<T>`, the binder of `for<'a>`).
angle [Angle] -> GEN_LT seq GEN_GT;
block [Block] -> '{' seq '}';

atom [Name] -> IDENT;
atom [RawName] -> RAW_IDENT;
atom [Int] -> INT;
atom [Float] -> FLOAT;
atom [Str] -> STRING;
atom [RawStr] -> RAW_STRING;
atom [Char] -> CHAR;
atom [Byte] -> BYTE;
atom [ByteStr] -> BYTE_STRING;
atom [RawByteStr] -> RAW_BYTE_STRING;
atom [CStr] -> C_STRING;
atom [RawCStr] -> RAW_C_STRING;
atom [True] -> 'true';
atom [False] -> 'false';
atom [SelfValue] -> 'self';
atom [SelfType] -> 'Self';
atom [Super] -> 'super';
atom [Crate] -> 'crate';
atom [Underscore] -> '_';
atom [Pub] -> 'pub';
atom [Glob] -> GLOB;

# Block-like expressions. A head (condition, scrutinee, iterator) is an e2:
# its last operand's tails end at the body's `{`.
prim_kw [_] -> if_x;
prim_kw [Match] -> 'match' e2 block;
prim_kw [While] -> 'while' e2 block;
prim_kw [Loop] -> 'loop' block;
prim_kw [Unsafe] -> UNSAFE_BLOCK block;
prim_kw [Async] -> ASYNC_BLOCK async_block;
async_block [_] -> block;
async_block [Move] -> 'move' block;
if_x [If] -> 'if' e2 block;

# Outer attributes and doc comments are prefixes of what they apply to
# (inner ones are list elements of their own, see `elem`).
attr [Attr] -> '#' TT ATTR_CLOSE e2;
attr [Doc] -> DOC_OUTER e2;

# ==== Postfix ====
# After `?` no Juxt (so that (`?`, IDENT) is only `?Sized`); ImplFor and Juxt
# end the postfix chain (what follows them is their operand's).
postfix_tail [_] -> postfix_op postfix_tail;
postfix_tail [_] -> try_op postfix_nc;
postfix_tail [ImplFor] -> 'for' unary;
postfix_tail [Juxt] -> juxt_rest;
postfix_tail [_] -> ;
postfix_nc [_] -> postfix_op postfix_tail;
postfix_nc [_] -> try_op postfix_nc;
postfix_nc [_] -> ;
try_op [Try] -> '?';
juxt_rest [_] -> pre_c;
juxt_rest [_] -> primary_c postfix_tail;

postfix_op [Call] -> '(' seq ')';
postfix_op [Index] -> '[' seq ']';
postfix_op [Dot] -> '.' dot_rest;
postfix_op [Path] -> '::' path_seg;
postfix_op [Generics] -> GEN_LT seq GEN_GT;
postfix_op [StructLit] -> STRUCT_LBRACE seq '}';
postfix_op [MacCall] -> MACRO_BANG mac_rest;
postfix_op [Else] -> 'else' else_rhs;
else_rhs [_] -> block;
else_rhs [_] -> if_x;
# `.f`, `.0`, `.0.1` (the lexer's FLOAT), `.await`; a method call is Dot Call.
dot_rest [_] -> IDENT;
dot_rest [_] -> RAW_IDENT;
dot_rest [_] -> INT;
dot_rest [_] -> FLOAT;
dot_rest [_] -> 'await';
# `::name`, `::<T>` (turbofish), `::{a, b}` and `::*` (use trees).
path_seg [_] -> IDENT;
path_seg [_] -> RAW_IDENT;
path_seg [_] -> 'self';
path_seg [_] -> 'super';
path_seg [_] -> 'crate';
path_seg [_] -> 'Self';
path_seg [_] -> GLOB;
path_seg [Turbofish] -> GEN_LT seq GEN_GT;
path_seg [UseGroup] -> '{' seq '}';
# Macro bodies: one TT, or (for the macros of the TT rule's exception) a
# parsed list. `macro_rules! name { .. }` has its name between.
mac_rest [MacRules] -> IDENT TT mac_close;
mac_rest [MacRulesRaw] -> RAW_IDENT TT mac_close;
mac_rest [TokenTree] -> TT mac_close;
mac_rest [MacParen] -> '(' seq ')';
mac_rest [MacBracket] -> '[' seq ']';
mac_rest [MacBrace] -> '{' seq '}';
mac_close [_] -> ')';
mac_close [_] -> ']';
mac_close [_] -> '}';
