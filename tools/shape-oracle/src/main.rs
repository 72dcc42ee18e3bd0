//! shape-oracle: the reference parser for comparing syntax-tree shapes.
//!
//! Each file is parsed with `syn::parse_file` (syn 1, "full" grammar, on
//! proc-macro2's fallback lexer: no compiler involved) and its tree is walked
//! (`syn::visit_mut::VisitMut`), printing one line per expression and per item,
//! in preorder:
//!
//! ```text
//! file path/to/file.rs
//! ok
//! I fn 1:0 1:0 3:1
//! E block 1:10 3:1
//! E bin:+ 2:4 2:13
//! E path 2:4 2:5
//! E bin:* 2:8 2:13
//! ...
//! end
//! file broken.rs
//! error expected `;` at 4:7
//! ```
//!
//! * `E CLASS START END`: an expression (see `expr_class` for the classes).
//! * `I KIND KW START END`: an item, including those nested in blocks,
//!   modules, impls, traits and extern blocks; KW is where its keyword starts.
//! * Positions are `LINE:COL`, proc-macro2's `LineColumn`: 1-based line,
//!   0-based column counted in chars. START is the node's first token's
//!   start, END its last token's end (see `Shapes::ends`).
//! * A file that cannot be read, is not UTF-8, is rejected by syn, or makes
//!   the oracle panic prints one `error MESSAGE` line instead of `ok ... end`.
//!
//! Usage: shape-oracle FILE...   (or the paths on stdin, one per line, when no
//! FILE is given). See README.md for the precise format.

use proc_macro2::{LineColumn, Punct, Spacing, Span, TokenStream, TokenTree};
use quote::ToTokens;
use std::collections::VecDeque;
use std::ffi::OsString;
use std::fmt::Write as _;
use std::io::{self, BufRead, BufWriter, Write};
use std::os::unix::ffi::OsStringExt;
use std::panic;
use std::path::{Path, PathBuf};
use std::thread;
use syn::visit_mut::{self, VisitMut};
use syn::{BinOp, Expr, ForeignItem, ImplItem, Item, Member, RangeLimits, TraitItem, UnOp};

/// syn's parser, visitor, printer and drop glue all recurse once per nesting
/// level; a big stack lets pathological deeply nested input parse instead of
/// overflowing, which would abort the whole process (and lose the run).
const STACK_SIZE: usize = 256 << 20;

/// Files whose delimiters nest deeper than this are refused without parsing.
/// With STACK_SIZE, syn overflows somewhere between 30,000 and 50,000 nested
/// brackets, and well before that it is slow: dropping its token buffer costs
/// size x depth (20,000 nested parentheses: ~17 s). Real code nests < 100.
const MAX_DELIMITER_DEPTH: usize = 10_000;

fn pos(out: &mut String, lc: LineColumn) {
    let _ = write!(out, "{}:{}", lc.line, lc.column);
}

fn bin_op(op: &BinOp) -> (&'static str, &'static str) {
    // syn 1 keeps compound assignment (`a += b`) as ExprAssignOp, but its
    // operator is still a BinOp: the class prefix tells the two apart.
    match op {
        BinOp::Add(_) => ("bin", "+"),
        BinOp::Sub(_) => ("bin", "-"),
        BinOp::Mul(_) => ("bin", "*"),
        BinOp::Div(_) => ("bin", "/"),
        BinOp::Rem(_) => ("bin", "%"),
        BinOp::And(_) => ("bin", "&&"),
        BinOp::Or(_) => ("bin", "||"),
        BinOp::BitXor(_) => ("bin", "^"),
        BinOp::BitAnd(_) => ("bin", "&"),
        BinOp::BitOr(_) => ("bin", "|"),
        BinOp::Shl(_) => ("bin", "<<"),
        BinOp::Shr(_) => ("bin", ">>"),
        BinOp::Eq(_) => ("bin", "=="),
        BinOp::Lt(_) => ("bin", "<"),
        BinOp::Le(_) => ("bin", "<="),
        BinOp::Ne(_) => ("bin", "!="),
        BinOp::Ge(_) => ("bin", ">="),
        BinOp::Gt(_) => ("bin", ">"),
        BinOp::AddEq(_) => ("assignop", "+="),
        BinOp::SubEq(_) => ("assignop", "-="),
        BinOp::MulEq(_) => ("assignop", "*="),
        BinOp::DivEq(_) => ("assignop", "/="),
        BinOp::RemEq(_) => ("assignop", "%="),
        BinOp::BitXorEq(_) => ("assignop", "^="),
        BinOp::BitAndEq(_) => ("assignop", "&="),
        BinOp::BitOrEq(_) => ("assignop", "|="),
        BinOp::ShlEq(_) => ("assignop", "<<="),
        BinOp::ShrEq(_) => ("assignop", ">>="),
    }
}

/// The class word of an expression. Always one token without spaces, so that
/// the line splits cleanly on whitespace.
fn expr_class(e: &Expr) -> String {
    let s = match e {
        Expr::Binary(b) => {
            let (kind, op) = bin_op(&b.op);
            return format!("{}:{}", kind, op);
        }
        Expr::AssignOp(a) => return format!("assignop:{}", bin_op(&a.op).1),
        Expr::Assign(_) => "assign",
        Expr::Unary(u) => match u.op {
            UnOp::Neg(_) => "unary:-",
            UnOp::Not(_) => "unary:!",
            UnOp::Deref(_) => "unary:*",
        },
        Expr::Reference(r) => {
            if r.mutability.is_some() {
                "refmut"
            } else {
                "ref"
            }
        }
        Expr::Range(r) => {
            let limits = match r.limits {
                RangeLimits::HalfOpen(_) => "..",
                RangeLimits::Closed(_) => "..=",
            };
            let from = if r.from.is_some() { "from" } else { "nofrom" };
            let to = if r.to.is_some() { "to" } else { "noto" };
            return format!("range:{},{},{}", limits, from, to);
        }
        Expr::Cast(_) => "cast",
        Expr::Type(_) => "type",
        Expr::Try(_) => "try",
        Expr::Await(_) => "await",
        Expr::Field(_) => "field",
        Expr::MethodCall(_) => "methodcall",
        Expr::Call(_) => "call",
        Expr::Index(_) => "index",
        Expr::Closure(_) => "closure",
        Expr::Let(_) => "let",
        Expr::Break(_) => "break",
        Expr::Continue(_) => "continue",
        Expr::Return(_) => "return",
        Expr::Yield(_) => "yield",
        Expr::Paren(_) => "paren",
        Expr::Tuple(_) => "tuple",
        Expr::Array(_) => "array",
        Expr::Repeat(_) => "repeat",
        Expr::Struct(_) => "struct",
        Expr::Block(_) => "block",
        Expr::Unsafe(_) => "unsafe",
        Expr::Async(_) => "async",
        Expr::If(_) => "if",
        Expr::Match(_) => "match",
        Expr::While(_) => "while",
        Expr::Loop(_) => "loop",
        Expr::ForLoop(_) => "for",
        Expr::Macro(_) => "macro",
        Expr::Path(_) => "path",
        Expr::Lit(_) => "lit",
        Expr::TryBlock(_) => "tryblock",
        Expr::Group(_) => "group",
        // `box e` (unstable box syntax): syn 1 still models it.
        Expr::Box(_) => "box",
        // syn 1 has no node for raw address-of (`&raw const x`, `&raw mut
        // x`) and keeps it as verbatim tokens: recognized by those tokens.
        Expr::Verbatim(ts) if is_raw_ref(ts) => "raw",
        // What else syn parses but does not model (a whole `let ... else`
        // statement, `const { ... }`, `_`, `for<'a> |x| ..`): its insides are
        // not walked.
        Expr::Verbatim(_) => "verbatim",
        // syn marks Expr non-exhaustive; 1.0.107 has no other variant.
        #[allow(unreachable_patterns)]
        _ => "other",
    };
    s.to_string()
}

fn is_raw_ref(ts: &TokenStream) -> bool {
    let mut it = ts.clone().into_iter();
    matches!(
        (it.next(), it.next(), it.next()),
        (Some(TokenTree::Punct(p)), Some(TokenTree::Ident(raw)), Some(TokenTree::Ident(m)))
            if p.as_char() == '&' && raw == "raw" && (m == "const" || m == "mut")
    )
}

/// syn's stand-in for a missing body: an impl method without one (`fn f();`,
/// which rustc's parser accepts in an impl too) gets a block whose only
/// statement is an Item::Verbatim of just its `;`. Not an item in the source.
fn is_bodyless_semi(i: &Item) -> bool {
    match i {
        Item::Verbatim(ts) => {
            let mut it = ts.clone().into_iter();
            matches!((it.next(), it.next()), (Some(TokenTree::Punct(p)), None) if p.as_char() == ';')
        }
        _ => false,
    }
}

/// One output line: `head` is `E CLASS` or `I KIND KW`, `span` is filled in
/// once the node's children have been walked.
struct Record {
    head: String,
    span: Option<(LineColumn, LineColumn)>,
}

/// Walks one file, collecting its records.
///
/// Spans are computed by printing a node back to tokens and taking its first
/// and last token. Printing a node prints its whole subtree, so doing that for
/// every node costs size x depth (a 200,000-term `a + a + ...` line: not done
/// after 5 minutes; now 2 s). The walk
/// therefore goes bottom-up (`VisitMut`): once a child expression or item has
/// its span, it is replaced in the tree by a stand-in of just its first and
/// last token (as `Verbatim`), so its parent prints in time proportional to
/// its own tokens. Records are still numbered on the way down, so the output
/// stays in preorder.
struct Shapes {
    records: Vec<Record>,
    /// Any span of the parsed file's own text (its first token). A span that
    /// does not `join` with it is not from the file: see `ends`.
    home: Span,
}

impl Shapes {
    fn in_file(&self, s: Span) -> bool {
        self.home.join(s).is_some()
    }

    /// Reserves the node's record (preorder position); `close` fills it in.
    fn open(&mut self, head: String) -> usize {
        self.records.push(Record { head, span: None });
        self.records.len() - 1
    }

    /// The spans of a node's first and last token from the file.
    ///
    /// Like `syn::spanned::Spanned::span()` (print the node, join the first
    /// and last token), except that it skips tokens that syn made up rather
    /// than took from the file. `join` fails on those, and `Spanned` then
    /// falls back to the first token alone:
    /// * `Span::call_site()` tokens that printing inserts: a comma after a
    ///   one-element tuple, parentheses around a struct literal receiver
    ///   (`S { .. }.f()`), braces around a const generic argument, ...
    ///   A made-up group is looked into: its contents are from the file.
    /// * the indices of `t.0.1`, which syn re-parses from the float literal
    ///   `0.1` with `parse_str` (a separate source text; see `visit_expr_mut`).
    fn ends(&self, node: &dyn ToTokens) -> Option<(Span, Span)> {
        let mut first = None;
        let mut last = None;
        self.file_tokens(node.to_token_stream(), &mut first, &mut last);
        Some((first?, last?))
    }

    fn file_tokens(&self, ts: TokenStream, first: &mut Option<Span>, last: &mut Option<Span>) {
        for tt in ts {
            let span = tt.span();
            if self.in_file(span) {
                if first.is_none() {
                    *first = Some(span);
                }
                *last = Some(span);
            } else if let TokenTree::Group(g) = tt {
                self.file_tokens(g.stream(), first, last);
            }
        }
    }

    fn close(&mut self, slot: usize, start: LineColumn, end: LineColumn) {
        self.records[slot].span = Some((start, end));
    }

    /// Finishes an item: fills in its record and returns its stand-in.
    fn close_item(&mut self, slot: usize, node: &dyn ToTokens) -> Option<TokenStream> {
        let (first, last) = self.ends(node)?;
        self.close(slot, first.start(), last.end());
        Some(stand_in(first, last))
    }

    fn item_head(&self, kind: &str, kw: Span) -> String {
        let mut head = format!("I {} ", kind);
        pos(&mut head, kw.start());
        head
    }

    /// Items without a keyword (verbatim ones) give their own start.
    fn start_of(&self, node: &dyn ToTokens) -> Span {
        self.ends(node)
            .map_or_else(Span::call_site, |(first, _)| first)
    }

    fn output(&self, out: &mut String) {
        for r in &self.records {
            out.push_str(&r.head);
            // Every node has tokens from the file; if one had none, it would
            // still print, with proc-macro2's position for "nowhere".
            let (start, end) = r.span.unwrap_or_else(|| {
                let nowhere = Span::call_site();
                (nowhere.start(), nowhere.end())
            });
            out.push(' ');
            pos(out, start);
            out.push(' ');
            pos(out, end);
            out.push('\n');
        }
    }
}

/// What replaces a finished node in the tree: two tokens carrying the spans
/// of its first and last token (see `Shapes`).
fn stand_in(first: Span, last: Span) -> TokenStream {
    [first, last]
        .iter()
        .map(|&span| {
            let mut p = Punct::new('#', Spacing::Alone);
            p.set_span(span);
            TokenTree::Punct(p)
        })
        .collect()
}

/// For macro items the "keyword" is the macro's path (`macro_rules`, `foo`,
/// `::foo::bar`): its first token. A path is never empty.
fn path_start(path: &syn::Path) -> Span {
    match path.to_token_stream().into_iter().next() {
        Some(tt) => tt.span(),
        None => Span::call_site(),
    }
}

impl VisitMut for Shapes {
    // Each visit: reserve the record (preorder), walk the children with syn's
    // own walk (which reaches every Expr and item: closures, nested items,
    // array lengths in types, discriminants, guards, literal patterns...),
    // then compute the span and swap in the stand-in.

    fn visit_expr_mut(&mut self, e: &mut Expr) {
        // A stray `;` in a block is an empty Stmt::Semi whose expression syn
        // fills with empty verbatim tokens: there is no expression there.
        if let Expr::Verbatim(ts) = e {
            if ts.is_empty() {
                return;
            }
        }
        let slot = self.open(format!("E {}", expr_class(e)));
        visit_mut::visit_expr_mut(self, e);
        let (first, last) = match self.ends(e) {
            Some(ends) => ends,
            None => return,
        };
        let mut end = last.end();
        if let Expr::Field(f) = e {
            if let Member::Unnamed(index) = &f.member {
                if !self.in_file(index.span) {
                    // `t.0.1`: one float token `0.1` holds both indices; syn
                    // gives the outer field's `.` the float's span, and the
                    // inner field (`t.0`) keeps the real `.`, one char wide.
                    // Its index `0` starts right after that `.`. (The inner
                    // field's stand-in ends at the `.`: its parent, the outer
                    // field, ends at the float's end anyway.)
                    let dot = f.dot_token.span;
                    let (ds, de) = (dot.start(), dot.end());
                    if ds.line == de.line && de.column == ds.column + 1 {
                        end.column = de.column + index.index.to_string().len();
                    } else {
                        end = de;
                    }
                }
            }
        }
        self.close(slot, first.start(), end);
        *e = Expr::Verbatim(stand_in(first, last));
    }

    fn visit_item_mut(&mut self, i: &mut Item) {
        if is_bodyless_semi(i) {
            return;
        }
        let head = match i {
            Item::Const(x) => self.item_head("const", x.const_token.span),
            Item::Enum(x) => self.item_head("enum", x.enum_token.span),
            Item::ExternCrate(x) => self.item_head("externcrate", x.extern_token.span),
            Item::Fn(x) => self.item_head("fn", x.sig.fn_token.span),
            Item::ForeignMod(x) => self.item_head("foreignmod", x.abi.extern_token.span),
            Item::Impl(x) => self.item_head("impl", x.impl_token.span),
            Item::Macro(x) => self.item_head("macro", path_start(&x.mac.path)),
            Item::Macro2(x) => self.item_head("macro", x.macro_token.span),
            Item::Mod(x) => self.item_head("mod", x.mod_token.span),
            Item::Static(x) => self.item_head("static", x.static_token.span),
            Item::Struct(x) => self.item_head("struct", x.struct_token.span),
            Item::Trait(x) => self.item_head("trait", x.trait_token.span),
            Item::TraitAlias(x) => self.item_head("traitalias", x.trait_token.span),
            Item::Type(x) => self.item_head("type", x.type_token.span),
            Item::Union(x) => self.item_head("union", x.union_token.span),
            Item::Use(x) => self.item_head("use", x.use_token.span),
            Item::Verbatim(_) => self.item_head("verbatim", self.start_of(i)),
            #[allow(unreachable_patterns)]
            _ => self.item_head("other", self.start_of(i)),
        };
        let slot = self.open(head);
        visit_mut::visit_item_mut(self, i);
        if let Some(ts) = self.close_item(slot, i) {
            *i = Item::Verbatim(ts);
        }
    }

    fn visit_impl_item_mut(&mut self, i: &mut ImplItem) {
        let head = match i {
            ImplItem::Const(x) => self.item_head("const", x.const_token.span),
            ImplItem::Method(x) => self.item_head("fn", x.sig.fn_token.span),
            ImplItem::Type(x) => self.item_head("type", x.type_token.span),
            ImplItem::Macro(x) => self.item_head("macro", path_start(&x.mac.path)),
            ImplItem::Verbatim(_) => self.item_head("verbatim", self.start_of(i)),
            #[allow(unreachable_patterns)]
            _ => self.item_head("other", self.start_of(i)),
        };
        let slot = self.open(head);
        visit_mut::visit_impl_item_mut(self, i);
        if let Some(ts) = self.close_item(slot, i) {
            *i = ImplItem::Verbatim(ts);
        }
    }

    fn visit_trait_item_mut(&mut self, i: &mut TraitItem) {
        let head = match i {
            TraitItem::Const(x) => self.item_head("const", x.const_token.span),
            TraitItem::Method(x) => self.item_head("fn", x.sig.fn_token.span),
            TraitItem::Type(x) => self.item_head("type", x.type_token.span),
            TraitItem::Macro(x) => self.item_head("macro", path_start(&x.mac.path)),
            TraitItem::Verbatim(_) => self.item_head("verbatim", self.start_of(i)),
            #[allow(unreachable_patterns)]
            _ => self.item_head("other", self.start_of(i)),
        };
        let slot = self.open(head);
        visit_mut::visit_trait_item_mut(self, i);
        if let Some(ts) = self.close_item(slot, i) {
            *i = TraitItem::Verbatim(ts);
        }
    }

    fn visit_foreign_item_mut(&mut self, i: &mut ForeignItem) {
        let head = match i {
            ForeignItem::Fn(x) => self.item_head("fn", x.sig.fn_token.span),
            ForeignItem::Static(x) => self.item_head("static", x.static_token.span),
            ForeignItem::Type(x) => self.item_head("type", x.type_token.span),
            ForeignItem::Macro(x) => self.item_head("macro", path_start(&x.mac.path)),
            ForeignItem::Verbatim(_) => self.item_head("verbatim", self.start_of(i)),
            #[allow(unreachable_patterns)]
            _ => self.item_head("other", self.start_of(i)),
        };
        let slot = self.open(head);
        visit_mut::visit_foreign_item_mut(self, i);
        if let Some(ts) = self.close_item(slot, i) {
            *i = ForeignItem::Verbatim(ts);
        }
    }
}

/// Everything printed for one file after its `file` line.
fn shape_file(path: &Path) -> String {
    let bytes = match std::fs::read(path) {
        Ok(b) => b,
        Err(e) => return format!("error read: {}\n", one_line(&e.to_string())),
    };
    let text = match String::from_utf8(bytes) {
        Ok(t) => t,
        Err(_) => return "error not UTF-8\n".to_string(),
    };
    let depth = max_delimiter_depth(&text);
    if depth > MAX_DELIMITER_DEPTH {
        return format!(
            "error oracle limit: delimiters nested {} deep (more than {})\n",
            depth, MAX_DELIMITER_DEPTH
        );
    }
    // parse_file strips a leading BOM and a shebang line itself. It keeps the
    // shebang's newline, so line numbers stay those of the file; a BOM is not
    // counted in line 1's columns (same as proc-macro2 and tools/lex-oracle).
    let mut file = match syn::parse_file(&text) {
        Ok(f) => f,
        Err(e) => {
            let mut out = format!("error {} at ", one_line(&e.to_string()));
            pos(&mut out, e.span().start());
            out.push('\n');
            return out;
        }
    };
    // The file's first token: a span of the file's own text. (syn lexes the
    // text itself; an empty file has no token and nothing to print.)
    let home = match file.to_token_stream().into_iter().next() {
        Some(tt) => tt.span(),
        None => return "ok\nend\n".to_string(),
    };
    let mut shapes = Shapes {
        records: Vec::new(),
        home,
    };
    shapes.visit_file_mut(&mut file);
    let mut out = String::from("ok\n");
    shapes.output(&mut out);
    out.push_str("end\n");
    out
}

/// A cheap over-the-text bound on nesting: brackets inside comments, strings
/// and chars count too (too rough to judge a file by, fine as a safety limit).
fn max_delimiter_depth(text: &str) -> usize {
    let (mut depth, mut max) = (0usize, 0usize);
    for b in text.bytes() {
        match b {
            b'(' | b'[' | b'{' => {
                depth += 1;
                max = max.max(depth);
            }
            b')' | b']' | b'}' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    max
}

fn one_line(s: &str) -> String {
    s.replace(|c| c == '\n' || c == '\r', " ")
}

/// Runs `shape_file` on its own thread: a big stack (see STACK_SIZE), a panic
/// caught, and a fresh proc-macro2 source map. The fallback lexer keeps every
/// parsed text in a thread-local map that only ever grows; one thread per file
/// frees it and keeps positions 32-bit safe over any number of files.
/// The thread is named after the file, for the panic hook's message.
fn spawn(path: PathBuf) -> thread::JoinHandle<String> {
    let name = path.to_string_lossy().replace('\0', "?");
    let run = move || {
        panic::catch_unwind(|| shape_file(&path)).unwrap_or_else(|_| "error panic\n".to_string())
    };
    match thread::Builder::new()
        .name(name)
        .stack_size(STACK_SIZE)
        .spawn(run)
    {
        Ok(h) => h,
        // Out of threads/memory: report it for this file rather than die.
        Err(e) => {
            let msg = format!("error spawn: {}\n", one_line(&e.to_string()));
            thread::spawn(move || msg)
        }
    }
}

/// Files started but not printed yet, oldest first.
type Pending = VecDeque<(PathBuf, thread::JoinHandle<String>)>;

/// Waits for the oldest pending file and prints its lines.
fn flush_one(pending: &mut Pending, out: &mut impl Write) -> io::Result<()> {
    let (path, handle) = match pending.pop_front() {
        Some(p) => p,
        None => return Ok(()),
    };
    let body = handle
        .join()
        .unwrap_or_else(|_| "error panic\n".to_string());
    writeln!(out, "file {}", path.to_string_lossy())?;
    out.write_all(body.as_bytes())
}

fn main() {
    // A panic is reported as `error panic` in the output; keep stderr to one
    // short line per panic instead of the default hook's backtrace hint.
    panic::set_hook(Box::new(|info| {
        let t = thread::current();
        eprintln!("shape-oracle: {}: {}", t.name().unwrap_or("?"), info);
    }));

    // Paths are bytes on Unix: taken as they are, not as UTF-8.
    let args: Vec<OsString> = std::env::args_os().skip(1).collect();
    let paths: Box<dyn Iterator<Item = PathBuf>> = if args.is_empty() {
        Box::new(
            io::stdin()
                .lock()
                .split(b'\n')
                .map_while(Result::ok)
                .filter(|l| !l.is_empty())
                .map(|l| PathBuf::from(OsString::from_vec(l))),
        )
    } else {
        Box::new(args.into_iter().map(PathBuf::from))
    };

    // Files are independent: parse several at once, print strictly in input
    // order (join the oldest first).
    let jobs = thread::available_parallelism().map_or(4, |n| n.get());
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let mut pending: Pending = VecDeque::new();
    let mut result = Ok(());
    for path in paths {
        if pending.len() >= jobs {
            result = flush_one(&mut pending, &mut out);
            if result.is_err() {
                break;
            }
        }
        let h = spawn(path.clone());
        pending.push_back((path, h));
    }
    while result.is_ok() && !pending.is_empty() {
        result = flush_one(&mut pending, &mut out);
    }
    let result = result.and_then(|_| out.flush());
    if let Err(e) = result {
        // A closed pipe (`| head`) is a normal way to stop.
        if e.kind() != io::ErrorKind::BrokenPipe {
            eprintln!("shape-oracle: {}", e);
            std::process::exit(1);
        }
    }
}
