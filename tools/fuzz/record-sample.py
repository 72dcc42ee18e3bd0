#!/usr/bin/env python3
"""Record the committed sample of the differential fuzzers (needs rustc).

    tools/fuzz/record-sample.py [--gen 200] [--mutate 200] [--seed 1]
                                [--compiler build/rustg-vk] [--out tests/fuzz]

Writes OUT/gen/ (generated programs) and OUT/mutate/ (mutants of tests/run
and tests/fail) with rustc's verdicts, in the format of tests/run and
tests/fail: NAME.stdout + NAME.exitcode (+ NAME.stderr, the panic message,
thread id as `(<tid>)`) when rustc accepts NAME.rs, else NAME.stderr alone
(rustc's diagnostics). tests/fuzz_test.py checks them in `make check`.

The current compiler is run on every candidate: a program on which it
misbehaves (a compiler bug) does not go into the sample but into OUT/pending/
with a NAME.txt saying what differed, so that the sample passes and the bugs
are listed; run again after fixing them. Mutants are drawn until a quarter of
the mutant sample is programs rustc accepts (or 20 times the count was tried).
Candidates rustc cannot judge (it or the program hangs, the program dies
otherwise than exit 0/101) are skipped.
"""
import argparse
import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)
import fuzzlib as fl  # noqa: E402
import fuzz  # noqa: E402
import gen  # noqa: E402
import mutate  # noqa: E402

OK = {'gen': ('ok',), 'mutate': ('ok', 'ok-reject', 'unsupported-rejected')}


def write_expect(d, name, src, exp):
    base = os.path.join(d, name[:-3])
    with open(base + '.rs', 'wb') as fh:
        fh.write(src)
    for ext in ('.stdout', '.exitcode', '.stderr'):
        if os.path.exists(base + ext):
            os.unlink(base + ext)
    if exp['verdict'] == 'accept':
        with open(base + '.stdout', 'wb') as fh:
            fh.write(exp['stdout'])
        with open(base + '.exitcode', 'w') as fh:
            fh.write('%d\n' % exp['rc'])
        if exp['stderr']:
            with open(base + '.stderr', 'wb') as fh:
                fh.write(exp['stderr'])
    else:
        with open(base + '.stderr', 'wb') as fh:
            fh.write(exp['diag'])


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--gen', type=int, default=200)
    ap.add_argument('--mutate', type=int, default=200)
    ap.add_argument('--seed', type=int, default=1)
    ap.add_argument('--compiler', default=os.path.join(ROOT, 'build', 'rustg-vk'))
    ap.add_argument('--out', default=os.path.join(ROOT, 'tests', 'fuzz'))
    ap.add_argument('--jobs', type=int, default=os.cpu_count() or 2)
    a = ap.parse_args()
    fl.setup_env()
    work = fl.mktemp('rustg-record.')
    fa = argparse.Namespace(compiler=a.compiler, work=work, batch=64, jobs=a.jobs,
                            run_timeout=10, shrink_time=0)
    fz = fuzz.Fuzzer(fa)
    pending = os.path.join(a.out, 'pending')
    files = mutate.sources([os.path.join(ROOT, 'tests', 'run'), os.path.join(ROOT, 'tests', 'fail')])
    try:
        for mode, want in (('gen', a.gen), ('mutate', a.mutate)):
            if want <= 0:
                continue
            out = os.path.join(a.out, mode)
            shutil.rmtree(out, ignore_errors=True)
            os.makedirs(out)
            cand = os.path.join(work, 'cand-' + mode)
            accepted, rejected, bugs, skipped = [], [], [], 0
            i = 0
            while True:
                if mode == 'gen' and len(accepted) >= want:
                    break
                if mode == 'mutate' and (len(accepted) + len(rejected) >= want and
                                         len(accepted) >= want // 4 or i >= 20 * want):
                    break
                shutil.rmtree(cand, ignore_errors=True)
                os.makedirs(cand)
                names, srcs = [], {}
                for _ in range(64):
                    if mode == 'gen':
                        n = 'g%d_%d.rs' % (a.seed, i)
                        s = gen.generate(a.seed * 100003 + i).encode()
                    else:
                        n = 'm%d_%d.rs' % (a.seed, i)
                        _, s, _ = mutate.mutant(a.seed, i, files)
                    i += 1
                    with open(os.path.join(cand, n), 'wb') as fh:
                        fh.write(s)
                    names.append(n)
                    srcs[n] = s
                res = fz.evaluate(cand, names, mode)
                for n in names:
                    cls = res[n][0]
                    if cls == 'ref-bad' or (mode == 'gen' and res[n][2]['verdict'] == 'reject'):
                        skipped += 1
                        if mode == 'gen' and cls != 'ref-bad':
                            print('record-sample: generator produced a program rustc rejects: %s %s'
                                  % (n, res[n][2]['loc']), file=sys.stderr)
                        continue
                    if cls in OK[mode]:
                        (accepted if res[n][2]['verdict'] == 'accept' else rejected).append((n, res[n]))
                    else:
                        bugs.append(n)
                        os.makedirs(pending, exist_ok=True)
                        write_expect(pending, n, srcs[n], res[n][2])
                        d = fz.write_mismatch(cand, n, res[n], mode)
                        shutil.copy(os.path.join(d, n[:-3] + '.txt'), os.path.join(pending, n[:-3] + '.txt'))
                        print('record-sample: %s: %s %s' % (n, cls, res[n][1]), file=sys.stderr)
                # keep the sources for write_expect
                for n in names:
                    shutil.copy(os.path.join(cand, n), os.path.join(work, n))
            if mode == 'gen':
                chosen = accepted[:want]
            else:
                nacc = min(len(accepted), want // 2)
                chosen = accepted[:nacc] + rejected[:want - nacc]
            for n, r in chosen:
                with open(os.path.join(work, n), 'rb') as fh:
                    write_expect(out, n, fh.read(), r[2])
            print('record-sample %s: %d recorded (%d accepted by rustc), %d compiler bugs put in %s, '
                  '%d skipped, %d tried' % (mode, len(chosen),
                                            sum(1 for _, r in chosen if r[2]['verdict'] == 'accept'),
                                            len(bugs), pending, skipped, i))
    finally:
        fl.rmtree(work)


if __name__ == '__main__':
    main()
