#!/usr/bin/env bash
# `rustg-vk --help` and the man page list the same options: every option
# (and every hyphenated value, such as opt-level or dep-info) that --help
# names is in docs/rustg-vk.1, and every option the man page describes
# (its .TP entries) is in --help. With groff installed, the page must also
# format without warnings.
#
#   man_test.sh RUSTG_VK_BINARY MAN_PAGE
set -uo pipefail

if [ $# -ne 2 ]; then
  echo "usage: $0 RUSTG_VK_BINARY MAN_PAGE" >&2
  exit 2
fi
BIN=$1
MAN=$2
WORK=$(mktemp -d "${TMPDIR:-/tmp}/rustg-man.XXXXXX") || exit 2
trap 'rm -rf "$WORK"' EXIT

if ! "$BIN" --help >"$WORK/help.txt"; then
  echo "FAIL man: rustg-vk --help failed"
  exit 1
fi
# The page as text: roff's \- is -, font changes go.
sed -e 's/\\-/-/g' -e 's/\\f[BIRP]//g' -e 's/\\(..//g' "$MAN" >"$WORK/man.txt"

# Options: tokens starting with - in the option lines of --help.
sed -n '/^Options:/,$p' "$WORK/help.txt" |
  grep -oE '(^|[][ ,(;|])--?[A-Za-z][A-Za-z0-9-]*' | sed -E 's/^[][ ,(;|]//' | sort -u >"$WORK/help-options.txt"
# Hyphenated values (opt-level, dep-info, file-names, ...).
sed -n '/^Options:/,$p' "$WORK/help.txt" |
  grep -oE '(^|[ ,(])[a-z][a-z0-9]*(-[a-z0-9]+)+' | sed -E 's/^[ ,(]//' | sort -u >"$WORK/help-values.txt"

failures=0
while read -r word; do
  if ! grep -qE -- "(^|[^A-Za-z0-9-])$word([^A-Za-z0-9-]|$)" "$WORK/man.txt"; then
    echo "FAIL --help's '$word' is not in $MAN"
    failures=$((failures + 1))
  fi
done < <(cat "$WORK/help-options.txt" "$WORK/help-values.txt")

# The man page's options: the first words of its .TP entries under OPTIONS.
awk '/^\.SH OPTIONS/{on=1; next} /^\.SH/{on=0} on && prev ~ /^\.TP/ {print} {prev=$0}' "$MAN" |
  sed -e 's/\\-/-/g' -e 's/\\f[BIRP]//g' | grep -oE '(^|[ "])--?[A-Za-z][A-Za-z0-9-]*' | sed -E 's/^[ "]//' |
  sort -u >"$WORK/man-options.txt"
while read -r opt; do
  if ! grep -qE -- "(^|[^A-Za-z0-9-])$opt([^A-Za-z0-9-]|$)" "$WORK/help-options.txt"; then
    echo "FAIL the man page's '$opt' is not in --help"
    failures=$((failures + 1))
  fi
done <"$WORK/man-options.txt"

if command -v groff >/dev/null 2>&1; then
  if ! LC_ALL=C groff -man -ww -z "$MAN" 2>"$WORK/groff.txt" || [ -s "$WORK/groff.txt" ]; then
    echo "FAIL groff warns about $MAN:"
    cat "$WORK/groff.txt"
    failures=$((failures + 1))
  fi
fi

n_help=$(cat "$WORK/help-options.txt" "$WORK/help-values.txt" | wc -l)
n_man=$(wc -l <"$WORK/man-options.txt")
if [ "$n_help" -lt 30 ] || [ "$n_man" -lt 30 ]; then
  echo "FAIL man: too few options found ($n_help in --help, $n_man in the man page): is the parsing broken?"
  failures=$((failures + 1))
fi
if [ "$failures" -ne 0 ]; then
  echo "FAIL man: $failures mismatch(es)"
  exit 1
fi
echo "PASS man ($n_help options and values of --help in the man page, its $n_man options in --help)"
exit 0
