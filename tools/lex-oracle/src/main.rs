//! lex-oracle: the reference tokenizer behind tools/corpus.sh.
//!
//! Each file is tokenized with `proc_macro2::TokenStream::from_str` (proc-macro2's
//! own "fallback" lexer: no compiler involved) and dumped one token per line:
//!
//! ```text
//! # path/to/file.rs
//! Ident fn
//! Ident main
//! Open (
//! Close )
//! Punct + Joint
//! Punct = Alone
//! Literal 0x1F
//! Doc outer  Some text
//! # error
//! ```
//!
//! * Groups are flattened into `Open D` ... `Close D` with D one of `( [ {`/`) ] }`.
//! * Keywords, `_`, `true`/`false` and raw identifiers (`r#foo`) are `Ident`s.
//! * A lifetime `'a` is `Punct ' Joint` then `Ident a` (proc-macro2's model).
//! * `Punct C Joint|Alone`: Joint when the very next character is one of
//!   ``~!@#$%^&*-=+|;:,<.>/?'`` and does not start a comment (proc-macro2's rule).
//! * Literals are their source text.
//! * Doc comments: proc-macro2 turns `/// x` into `# [doc = " x"]` (and `//! x`
//!   into `# ! [doc = ...]`). They are folded back into one line,
//!   `Doc outer TEXT` or `Doc inner TEXT`, TEXT being the comment's contents
//!   (after `///`, `//!`, or between `/**`|`/*!` and `*/`; a line comment's
//!   `\r` before the newline dropped). A doc comment is told apart from a
//!   hand-written `#[doc = "..."]` by its span: the `#` of a doc comment spans
//!   the whole comment, a real `#` one character.
//! * Token text is escaped to stay on one line: `\` `\n` `\r` `\t` become
//!   `\\` `\n` `\r` `\t`.
//! * With `--positions` every token line starts with `LINE:COL ` (1-based line,
//!   0-based column in characters, as proc-macro2's `LineColumn`).
//! * A file proc-macro2 rejects (or that is not UTF-8, or that makes it panic)
//!   prints `# error` after its header (with `--positions`:
//!   `# error LINE:COL delimiters|lexical`, the latter telling unbalanced
//!   delimiters from lexical errors), and a reason on stderr.
//!
//! rustc's input handling that proc-macro2 lacks is done here first: a leading
//! shebang line (`#!` not followed by `[`, comments and whitespace skipped, as
//! rustc_lexer::strip_shebang) is blanked out with spaces. proc-macro2 already
//! strips a leading byte-order mark itself.
//!
//! Usage: lex-oracle [--positions] FILE...      (or the paths on stdin, one per
//! line, when no FILE is given or FILE is `-`).

use proc_macro2::{Delimiter, Spacing, TokenStream, TokenTree};
use std::io::{self, BufRead, BufWriter, Write};
use std::panic;
use std::str::FromStr;

fn escape(s: &str, out: &mut String) {
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            _ => out.push(c),
        }
    }
}

/// Inverse of proc-macro2's `Literal::string` (`char::escape_debug` per char,
/// `'` left alone): gives back the doc comment's raw contents.
fn unescape_debug(repr: &str) -> String {
    let inner = repr
        .strip_prefix('"')
        .and_then(|s| s.strip_suffix('"'))
        .unwrap_or(repr);
    let mut out = String::with_capacity(inner.len());
    let mut it = inner.chars().peekable();
    while let Some(c) = it.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match it.next() {
            Some('n') => out.push('\n'),
            Some('r') => out.push('\r'),
            Some('t') => out.push('\t'),
            Some('0') => out.push('\0'),
            Some('u') => {
                // \u{XXXX}
                let mut hex = String::new();
                if it.peek() == Some(&'{') {
                    it.next();
                    for h in it.by_ref() {
                        if h == '}' {
                            break;
                        }
                        hex.push(h);
                    }
                }
                match u32::from_str_radix(&hex, 16).ok().and_then(char::from_u32) {
                    Some(ch) => out.push(ch),
                    None => {
                        out.push_str("\\u{");
                        out.push_str(&hex);
                        out.push('}');
                    }
                }
            }
            Some(other) => out.push(other), // \\ \" \'
            None => out.push('\\'),
        }
    }
    out
}

/// rustc_lexer::strip_shebang: the length in bytes of a leading shebang line, if any.
fn shebang_len(src: &str) -> Option<usize> {
    let tail = src.strip_prefix("#!")?;
    let mut s = tail;
    loop {
        let t = s.trim_start_matches(|c: char| is_rust_whitespace(c));
        if t.starts_with("//") && !(t.starts_with("///") && !t.starts_with("////")) && !t.starts_with("//!") {
            s = match t.find('\n') {
                Some(i) => &t[i..],
                None => "",
            };
        } else if t.starts_with("/*")
            && !t.starts_with("/*!")
            && !(t.starts_with("/**") && !t.starts_with("/***") && !t.starts_with("/**/"))
        {
            // Non-doc block comment, nested.
            let b = t.as_bytes();
            let (mut i, mut depth) = (0usize, 0usize);
            let mut end = b.len();
            while i + 1 < b.len() {
                if b[i] == b'/' && b[i + 1] == b'*' {
                    depth += 1;
                    i += 2;
                } else if b[i] == b'*' && b[i + 1] == b'/' {
                    depth -= 1;
                    i += 2;
                    if depth == 0 {
                        end = i;
                        break;
                    }
                } else {
                    i += 1;
                }
            }
            s = &t[end..];
        } else {
            if t.starts_with('[') {
                return None;
            }
            break;
        }
    }
    Some(2 + tail.lines().next().unwrap_or("").len())
}

/// Rust's Pattern_White_Space.
fn is_rust_whitespace(c: char) -> bool {
    matches!(
        c,
        '\u{0009}'..='\u{000D}' | ' ' | '\u{0085}' | '\u{200E}' | '\u{200F}' | '\u{2028}' | '\u{2029}'
    )
}

struct Dumper<'a> {
    out: &'a mut dyn Write,
    positions: bool,
    line: String,
}

impl<'a> Dumper<'a> {
    fn emit(&mut self, pos: proc_macro2::LineColumn, kind: &str, text: &str, extra: Option<&str>) -> io::Result<()> {
        self.line.clear();
        if self.positions {
            self.line.push_str(&format!("{}:{} ", pos.line, pos.column));
        }
        self.line.push_str(kind);
        self.line.push(' ');
        escape(text, &mut self.line);
        if let Some(e) = extra {
            self.line.push(' ');
            self.line.push_str(e);
        }
        self.line.push('\n');
        self.out.write_all(self.line.as_bytes())
    }

    /// `Doc outer TEXT` / `Doc inner TEXT`.
    fn emit_doc(&mut self, pos: proc_macro2::LineColumn, inner: bool, text: &str) -> io::Result<()> {
        self.line.clear();
        if self.positions {
            self.line.push_str(&format!("{}:{} ", pos.line, pos.column));
        }
        self.line.push_str(if inner { "Doc inner " } else { "Doc outer " });
        escape(text, &mut self.line);
        self.line.push('\n');
        self.out.write_all(self.line.as_bytes())
    }

    /// `# [doc = "..."]` or `# ! [doc = "..."]` made by proc-macro2 from a doc
    /// comment, starting at trees[i]: (tokens used, inner, contents).
    fn doc_comment(trees: &[TokenTree], i: usize) -> Option<(usize, bool, String)> {
        let pound = match &trees[i] {
            TokenTree::Punct(p) if p.as_char() == '#' => p,
            _ => return None,
        };
        let (s, e) = (pound.span().start(), pound.span().end());
        if s.line == e.line && e.column == s.column + 1 {
            return None; // a real `#`
        }
        let mut j = i + 1;
        let mut inner = false;
        if let Some(TokenTree::Punct(p)) = trees.get(j) {
            if p.as_char() == '!' {
                inner = true;
                j += 1;
            }
        }
        let group = match trees.get(j) {
            Some(TokenTree::Group(g)) if g.delimiter() == Delimiter::Bracket => g,
            _ => return None,
        };
        let body: Vec<TokenTree> = group.stream().into_iter().collect();
        match body.as_slice() {
            [TokenTree::Ident(d), TokenTree::Punct(eq), TokenTree::Literal(l)] if d == "doc" && eq.as_char() == '=' => {
                Some((j + 1 - i, inner, unescape_debug(&l.to_string())))
            }
            _ => None,
        }
    }

    fn stream(&mut self, ts: TokenStream) -> io::Result<()> {
        let trees: Vec<TokenTree> = ts.into_iter().collect();
        let mut i = 0;
        while i < trees.len() {
            if let Some((used, inner, text)) = Self::doc_comment(&trees, i) {
                let pos = trees[i].span().start();
                self.emit_doc(pos, inner, &text)?;
                i += used;
                continue;
            }
            match &trees[i] {
                TokenTree::Group(g) => {
                    let (open, close) = match g.delimiter() {
                        Delimiter::Parenthesis => ("(", ")"),
                        Delimiter::Bracket => ("[", "]"),
                        Delimiter::Brace => ("{", "}"),
                        Delimiter::None => ("", ""),
                    };
                    if open.is_empty() {
                        self.stream(g.stream())?;
                    } else {
                        self.emit(g.span_open().start(), "Open", open, None)?;
                        self.stream(g.stream())?;
                        self.emit(g.span_close().start(), "Close", close, None)?;
                    }
                }
                TokenTree::Ident(id) => self.emit(id.span().start(), "Ident", &id.to_string(), None)?,
                TokenTree::Punct(p) => {
                    let sp = if p.spacing() == Spacing::Joint { "Joint" } else { "Alone" };
                    self.emit(p.span().start(), "Punct", &p.as_char().to_string(), Some(sp))?
                }
                TokenTree::Literal(l) => self.emit(l.span().start(), "Literal", &l.to_string(), None)?,
            }
            i += 1;
        }
        Ok(())
    }

}

/// proc-macro2 reports an unclosed delimiter at its opener and a stray or
/// mismatched closer at the closer; any other error is a lexical one. (rustc
/// also rejects delimiter imbalance while building token trees, but rustg-vk
/// leaves that to its parser, so `--emit=tokens` may accept such files.)
fn reject_reason(src: &str, p: proc_macro2::LineColumn) -> &'static str {
    let line = src.split('\n').nth(p.line.saturating_sub(1)).unwrap_or("");
    match line.chars().nth(p.column) {
        Some('(') | Some('[') | Some('{') | Some(')') | Some(']') | Some('}') => "delimiters",
        _ => "lexical",
    }
}

fn process(path: &str, positions: bool, out: &mut dyn Write) -> io::Result<()> {
    writeln!(out, "# {}", path)?;
    let bytes = match std::fs::read(path) {
        Ok(b) => b,
        Err(e) => {
            eprintln!("{}: read error: {}", path, e);
            return writeln!(out, "# error");
        }
    };
    let mut src = match String::from_utf8(bytes) {
        Ok(s) => s,
        Err(_) => {
            eprintln!("{}: not valid UTF-8", path);
            return writeln!(out, "# error");
        }
    };
    let bom = if src.starts_with('\u{feff}') { 3 } else { 0 };
    if let Some(n) = shebang_len(&src[bom..]) {
        // Blank it out char for char so that line:column positions stay put.
        let blank: String = src[bom..bom + n].chars().map(|_| ' ').collect();
        src.replace_range(bom..bom + n, &blank);
    }
    // Each file in a thread of its own: proc-macro2 keeps span-locations'
    // source map per thread, and looking a span up in it walks every file
    // seen so far (quadratic over a batch), so a fresh thread keeps it to one.
    let worker = std::thread::Builder::new()
        .stack_size(64 << 20) // deep nesting recurses
        .spawn(move || -> Result<Vec<u8>, (String, String)> {
            match TokenStream::from_str(&src) {
                Ok(ts) => {
                    let mut buf: Vec<u8> = Vec::new();
                    let mut d = Dumper { out: &mut buf, positions, line: String::new() };
                    d.stream(ts).map_err(|e| (e.to_string(), String::new()))?;
                    Ok(buf)
                }
                Err(e) => {
                    let p = e.span().start();
                    let why = reject_reason(&src, p);
                    Err((format!("{}:{}: proc-macro2 rejects ({}): {}", p.line, p.column + 1, why, e),
                         format!("{}:{} {}", p.line, p.column, why)))
                }
            }
        });
    let joined = match worker {
        Ok(h) => h.join(),
        Err(e) => {
            eprintln!("{}: can't start a thread: {}", path, e);
            return writeln!(out, "# error");
        }
    };
    match joined {
        Ok(Ok(buf)) => out.write_all(&buf),
        Ok(Err((msg, at))) => {
            eprintln!("{}:{}", path, msg);
            if positions && !at.is_empty() {
                writeln!(out, "# error {}", at)
            } else {
                writeln!(out, "# error")
            }
        }
        Err(_) => {
            eprintln!("{}: proc-macro2 panicked", path);
            writeln!(out, "# error")
        }
    }
}

fn main() {
    panic::set_hook(Box::new(|_| {}));
    let mut positions = false;
    let mut paths: Vec<String> = Vec::new();
    let mut from_stdin = false;
    for a in std::env::args().skip(1) {
        match a.as_str() {
            "--positions" => positions = true,
            "-" => from_stdin = true,
            "-h" | "--help" => {
                println!("usage: lex-oracle [--positions] FILE... (paths on stdin when none, or with -)");
                return;
            }
            _ => paths.push(a),
        }
    }
    let stdout = io::stdout();
    let mut out = BufWriter::with_capacity(1 << 16, stdout.lock());
    let mut run = |p: &str| -> io::Result<()> { process(p, positions, &mut out) };
    let result = (|| -> io::Result<()> {
        for p in &paths {
            run(p)?;
        }
        if paths.is_empty() || from_stdin {
            let stdin = io::stdin();
            for line in stdin.lock().lines() {
                let line = line?;
                if !line.is_empty() {
                    run(&line)?;
                }
            }
        }
        Ok(())
    })();
    let flushed = out.flush();
    if let Err(e) = result.and(flushed) {
        if e.kind() != io::ErrorKind::BrokenPipe {
            eprintln!("lex-oracle: {}", e);
            std::process::exit(2);
        }
    }
}
