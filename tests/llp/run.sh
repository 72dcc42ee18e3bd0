#!/bin/sh
# The LLP grammar's tests: tools/grammar/rust.g must build without conflicts,
# every *.txt here must parse to its *.expected tree (llpgen --parse), each
# *.txt made from a *.rs must be what refine.py makes of it now, and random
# sentences of the grammar must parse the same with the pair table as with
# plain LL(1).
# usage: tests/llp/run.sh [--update]   (--update rewrites the .txt and .expected)
set -u
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
status=0
${CC:-cc} -std=c17 -Wall -Wextra -Werror -O2 -o "$tmp/llpgen" "$root/tools/llpgen.c" || exit 1
"$tmp/llpgen" "$root/tools/grammar/rust.g" "$tmp/tables.h" 2> "$tmp/gen.log" || { cat "$tmp/gen.log"; exit 1; }
for rs in "$here"/*.rs; do
    txt=${rs%.rs}.txt
    python3 "$here/refine.py" "$rs" > "$tmp/t.txt" || { status=1; continue; }
    if [ "${1:-}" = --update ]; then
        cp "$tmp/t.txt" "$txt"
    elif ! cmp -s "$tmp/t.txt" "$txt"; then
        echo "$txt is not what refine.py makes of $(basename "$rs") (run.sh --update)"
        status=1
    fi
done
for txt in "$here"/*.txt; do
    exp=${txt%.txt}.expected
    "$tmp/llpgen" "$root/tools/grammar/rust.g" "$tmp/tables.h" --parse "$txt" > "$tmp/out" 2> "$tmp/err"
    rc=$?
    if [ $rc -ne 0 ]; then
        echo "llpgen --parse $(basename "$txt"): exit $rc"
        cat "$tmp/err"
        status=1
    fi
    if [ "${1:-}" = --update ]; then
        cp "$tmp/out" "$exp"
    elif ! diff -u "$exp" "$tmp/out"; then
        status=1
    fi
done
python3 "$here/fuzz.py" "$root/tools/grammar/rust.g" 20000 1 > "$tmp/fuzz.txt"
"$tmp/llpgen" "$root/tools/grammar/rust.g" "$tmp/tables.h" --parse "$tmp/fuzz.txt" > "$tmp/fuzz.out" 2>&1
bad=$(grep -c 'error:\|GENERATOR BUG' "$tmp/fuzz.out")
if [ "$bad" -ne 0 ]; then
    echo "random sentences of rust.g: $bad not parsed alike by the pair table and LL(1):"
    grep -B1 -A1 'error:\|GENERATOR BUG' "$tmp/fuzz.out" | head -20
    status=1
fi
[ $status -eq 0 ] && echo "tests/llp: ok"
exit $status
