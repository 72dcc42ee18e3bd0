#!/usr/bin/env python3
"""Differential fuzzing of rustg-vk against rustc (`make fuzz`).

    fuzz.py [--mode gen|mutate|both] [-n N] [--seed S] [--compiler build/rustg-vk]
            [--work build/fuzz] [--batch 64] [--jobs 2] [--shrink K]

Generates N programs (gen.py) and/or N mutants of the tests (mutate.py),
records rustc's verdict on each (accept: stdout, exit code, panic message;
reject: first error code and line:col), compiles all of them with rustg-vk in
batched processes (`--out-dir DIR a.rs b.rs ...`), runs what it built and
classifies every difference:

  wrong-stdout, wrong-exit, wrong-panic   the executable behaves differently
  run-hang                                our executable timed out
  invalid-accepted                        rustc rejects, rustg-vk compiled it
  valid-rejected                          rustc accepts, rustg-vk refused it
  unsupported-rejected                    the same with a "not supported" /
                                          "does not support" message (counted,
                                          not a soundness bug)
  crash, hang                             compiler exit other than 0/1, signal,
                                          or timeout
  output-left                             exit 1 but an output file exists
  no-error-line, no-location              exit 1 without `error` / `-->` line
                                          where rustc has one

For programs both reject, it reports how often our first error's code,
line and line:col equal rustc's. Reproducers go to WORK/mismatch/CLASS/,
with a .txt saying what differed; generated programs are shrunk (lines and
balanced blocks deleted while rustc still accepts and the mismatch persists)
into NAME.min.rs. The summary is printed and written to WORK/report.txt.
Needs rustc (RUSTC=... to choose one).
"""
import argparse
import json
import os
import re
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)
import fuzzlib as fl  # noqa: E402
import gen  # noqa: E402
import mutate  # noqa: E402


def find_rustc():
    r = os.environ.get('RUSTC')
    if r:
        return r
    r = shutil.which('rustc')
    if r:
        return r
    r = os.path.expanduser('~/.cargo/bin/rustc')
    if os.path.exists(r):
        return r
    sys.exit('fuzz: rustc not found (set RUSTC=/path/to/rustc)')


class Fuzzer:
    def __init__(self, a):
        self.a = a
        self.rustc = find_rustc()
        self.compiler = os.path.abspath(a.compiler)
        if not os.access(self.compiler, os.X_OK):
            sys.exit('fuzz: no compiler at %s (make build first)' % self.compiler)
        self.work = os.path.abspath(a.work)

    # ------------------------------------------------------------ evaluation
    def evaluate(self, cases_dir, names, tag, accepted_only=False):
        """rustc verdicts, our batched compiles and runs: {name: (class, detail, exp, got, run)}."""
        a = self.a
        refdir = os.path.join(self.work, 'ref-' + tag)
        os.makedirs(refdir, exist_ok=True)
        exps = dict(zip(names, fl.parallel(
            lambda n: fl.rustc_verdict(self.rustc, cases_dir, n, refdir, a.run_timeout),
            names, a.jobs)))
        got = {}
        for i in range(0, len(names), a.batch):
            chunk = [n for n in names[i:i + a.batch] if exps[n]['verdict'] != 'ref-bad'
                     and (exps[n]['verdict'] == 'accept' or not accepted_only)]
            if not chunk:
                continue
            outdir = os.path.join(self.work, 'out-%s-%d' % (tag, i))
            shutil.rmtree(outdir, ignore_errors=True)
            os.makedirs(outdir)
            got.update(fl.batch_compile(self.compiler, cases_dir, chunk, outdir))
        runs = {}
        torun = [n for n in names if n in got and got[n]['rc'] == 0 and got[n]['out']
                 and exps[n]['verdict'] == 'accept']
        for n, r in zip(torun, fl.parallel(
                lambda n: fl.run_exe(got[n]['out'], cases_dir,
                                     max(a.run_timeout, fl.RUN_SLOWDOWN * exps[n]['secs'])), torun, a.jobs)):
            runs[n] = r
        res = {}
        for n in names:
            e = exps[n]
            if accepted_only and e['verdict'] == 'reject':
                res[n] = ('ref-reject', '', e, None, None)
                continue
            if e['verdict'] == 'ref-bad':
                res[n] = ('ref-bad', e['reason'], e, None, None)
                continue
            cls, detail = fl.classify(e, got[n], runs.get(n), n)
            res[n] = (cls, detail, e, got[n], runs.get(n))
        return res

    # ------------------------------------------------------------ reporting
    def write_mismatch(self, cases_dir, name, r, kind):
        cls, detail, exp, got, run = r
        d = os.path.join(self.work, 'mismatch', cls)
        os.makedirs(d, exist_ok=True)
        shutil.copy(os.path.join(cases_dir, name), os.path.join(d, name))
        with open(os.path.join(d, name[:-3] + '.txt'), 'w') as fh:
            fh.write('%s (%s): %s\n' % (cls, kind, detail))
            if exp['verdict'] == 'accept':
                fh.write('rustc: accepted, exit %s\n' % exp['rc'])
                if run:
                    fh.write('ours: exit %s\n' % run[0])
                    if run[1] != exp['stdout']:
                        fh.write('stdout diff:\n' + fl.diff_text(exp['stdout'], run[1]))
                    if run[2] != exp['stderr']:
                        fh.write('stderr diff:\n' + fl.diff_text(exp['stderr'], run[2]))
            else:
                fh.write('rustc: %s at %s\n' % (exp['code'], exp['loc']))
                fh.write(exp['diag'].decode('utf-8', 'replace')[:3000])
            if got is not None:
                fh.write('\nour compile: %s\n' % got['rc'])
                fh.write(got['diag'].decode('utf-8', 'replace')[:3000])
        return d

    # ------------------------------------------------------------ shrinking
    def segments(self, lines):
        """Balanced [i, j) line ranges: one statement / block / item each."""
        def net(l):
            l = re.sub(r'"(\\.|[^"\\])*"', '""', l)
            return l.count('{') - l.count('}')
        segs = []
        for i, l in enumerate(lines):
            s = l.strip()
            if not s or s.startswith('}'):
                if s == '':
                    segs.append((i, i + 1))
                continue
            depth = net(l)
            j = i + 1
            if depth < 0:
                continue
            while depth > 0 and j < len(lines):
                depth += net(lines[j])
                j += 1
            if depth == 0:
                segs.append((i, j))
        segs.sort(key=lambda s: s[0] - s[1])
        return segs

    @staticmethod
    def signature(r):
        """What must stay the same while shrinking: the class, and for a
        rejection the first error's message (without its location)."""
        cls, detail, exp, got, run = r
        if cls in ('valid-rejected', 'unsupported-rejected') and got:
            for line in got['diag'].split(b'\n'):
                if line.startswith(b'error'):
                    return cls, line
        return cls, None

    def shrink(self, src_path, sig):
        a = self.a
        lines = open(src_path).read().split('\n')
        sdir = os.path.join(self.work, 'shrink')
        rounds = 0
        deadline = fl.now() + a.shrink_time
        base = os.path.basename(src_path)[:-3]
        while fl.now() < deadline and rounds < 200:
            rounds += 1
            segs = self.segments(lines)
            found = False
            for k in range(0, len(segs), a.batch):
                shutil.rmtree(sdir, ignore_errors=True)
                os.makedirs(sdir)
                names = []
                cands = {}
                for idx, (i, j) in enumerate(segs[k:k + a.batch]):
                    cand = lines[:i] + lines[j:]
                    n = '%s_s%d.rs' % (base, idx)
                    with open(os.path.join(sdir, n), 'w') as fh:
                        fh.write('\n'.join(cand))
                    names.append(n)
                    cands[n] = cand
                res = self.evaluate(sdir, names, 'shrink', accepted_only=True)
                for n in names:
                    if self.signature(res[n]) == sig:
                        lines = cands[n]
                        found = True
                        break
                if found or fl.now() > deadline:
                    break
            if not found:
                break
        # drop blank runs
        out = re.sub(r'\n{3,}', '\n\n', '\n'.join(lines))
        return out

    # ------------------------------------------------------------ main run
    def run(self):
        a = self.a
        os.makedirs(self.work, exist_ok=True)
        shutil.rmtree(os.path.join(self.work, 'mismatch'), ignore_errors=True)
        report = []
        modes = ['gen', 'mutate'] if a.mode == 'both' else [a.mode]
        summary = {}
        for mode in modes:
            cases = os.path.join(self.work, 'cases-' + mode)
            shutil.rmtree(cases, ignore_errors=True)
            os.makedirs(cases)
            names = []
            if mode == 'gen':
                for i in range(a.n):
                    n = 'g%d_%d.rs' % (a.seed, i)
                    with open(os.path.join(cases, n), 'w') as fh:
                        fh.write(gen.generate(a.seed * 100003 + i))
                    names.append(n)
            else:
                files = mutate.sources([os.path.join(ROOT, 'tests', 'run'),
                                        os.path.join(ROOT, 'tests', 'fail')])
                with open(os.path.join(cases, 'manifest.txt'), 'w') as man:
                    for i in range(a.n):
                        src, out, what = mutate.mutant(a.seed, i, files)
                        n = 'm%d_%d.rs' % (a.seed, i)
                        with open(os.path.join(cases, n), 'wb') as fh:
                            fh.write(out)
                        man.write('%s\t%s\t%s\n' % (n, os.path.relpath(src, ROOT), '; '.join(what)))
                        names.append(n)
            t0 = fl.now()
            res = self.evaluate(cases, names, mode)
            counts = {}
            for n in names:
                counts[res[n][0]] = counts.get(res[n][0], 0) + 1
            rej = [res[n][1] for n in names if res[n][0] == 'ok-reject']
            lines = ['%s: %d programs, %.0f s (seed %d)' % (mode, len(names), fl.now() - t0, a.seed)]
            for c in sorted(counts):
                tag = ' (BUG)' if c in fl.BUGS else ''
                lines.append('  %-22s %5d%s' % (c, counts[c], tag))
            acc = sum(1 for n in names if res[n][2]['verdict'] == 'accept')
            lines.append('  rustc accepted %d, rejected %d, unusable %d' % (
                acc, sum(1 for n in names if res[n][2]['verdict'] == 'reject'),
                counts.get('ref-bad', 0)))
            if rej:
                lines.append('  both reject: %d; first error code equal %d (%.1f%%), line equal %d '
                             '(%.1f%%), line:col equal %d (%.1f%%)' % (
                                 len(rej), sum(r['code'] for r in rej), 100.0 * sum(r['code'] for r in rej) / len(rej),
                                 sum(r['line'] for r in rej), 100.0 * sum(r['line'] for r in rej) / len(rej),
                                 sum(r['loc'] for r in rej), 100.0 * sum(r['loc'] for r in rej) / len(rej)))
                with open(os.path.join(self.work, 'location-diffs-%s.txt' % mode), 'w') as fh:
                    for n in names:
                        if res[n][0] == 'ok-reject' and not res[n][1]['loc']:
                            fh.write('%s\trustc %s\tours %s\n' % (n, res[n][1]['rustc'], res[n][1]['ours']))
            bugs = [n for n in names if res[n][0] in fl.BUGS]
            uns = [n for n in names if res[n][0] == 'unsupported-rejected']
            for n in bugs + uns:
                self.write_mismatch(cases, n, res[n], mode)
            for n in bugs:
                lines.append('  %s %s: %s' % (res[n][0], n, res[n][1]))
            if mode == 'gen' and a.shrink:
                for n in bugs[:a.shrink]:
                    cls = res[n][0]
                    small = self.shrink(os.path.join(cases, n), self.signature(res[n]))
                    d = os.path.join(self.work, 'mismatch', cls)
                    with open(os.path.join(d, n[:-3] + '.min.rs'), 'w') as fh:
                        fh.write(small)
                    lines.append('  shrunk %s to %d lines: %s' % (
                        n, small.count('\n') + 1, os.path.join(d, n[:-3] + '.min.rs')))
            summary[mode] = counts
            report += lines
            print('\n'.join(lines), flush=True)
        with open(os.path.join(self.work, 'report.txt'), 'w') as fh:
            fh.write('\n'.join(report) + '\n')
        print('reproducers in %s' % os.path.join(self.work, 'mismatch'))
        bad = sum(c.get(k, 0) for c in summary.values() for k in fl.BUGS)
        return 1 if bad and a.strict else 0


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter,
                                 epilog=__doc__.split('\n', 2)[2])
    ap.add_argument('--mode', choices=['gen', 'mutate', 'both'], default='both')
    ap.add_argument('-n', type=int, default=200)
    ap.add_argument('--seed', type=int, default=1)
    ap.add_argument('--compiler', default=os.path.join(ROOT, 'build', 'rustg-vk'))
    ap.add_argument('--work', default=os.path.join(ROOT, 'build', 'fuzz'))
    ap.add_argument('--batch', type=int, default=64)
    ap.add_argument('--jobs', type=int, default=os.cpu_count() or 2)
    ap.add_argument('--run-timeout', type=float, default=10)
    ap.add_argument('--shrink', type=int, default=10, help='shrink at most this many mismatches')
    ap.add_argument('--shrink-time', type=float, default=240, help='seconds per shrink')
    ap.add_argument('--strict', action='store_true', help='exit 1 when there is a mismatch')
    a = ap.parse_args()
    fl.setup_env()
    sys.exit(Fuzzer(a).run())


if __name__ == '__main__':
    main()
