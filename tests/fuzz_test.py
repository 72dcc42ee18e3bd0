#!/usr/bin/env python3
"""Run a chunk of the committed differential-fuzzing sample (tests/fuzz/).

    fuzz_test.py RUSTG_VK_BINARY CASE.rs...

All CASEs (one folder) are compiled by one batched rustg-vk process
(`--out-dir DIR a.rs b.rs ...`, run from the folder with bare file names, as
rustc was). rustc's verdict was recorded by tools/fuzz/record-sample.py:

  NAME.exitcode present   rustc accepted NAME.rs: it must compile and its run
                          must give NAME.stdout, that exit code and NAME.stderr
                          (absent: empty; thread ids compared as `(<tid>)`).
                          In tests/fuzz/mutate/ a refusal with a located
                          "not supported"/"does not support" error is also a
                          pass (counted).
  otherwise               rustc rejected NAME.rs (its diagnostics are in
                          NAME.stderr): exit 1, an `error` line, a
                          ` --> NAME.rs:LINE:COL` line when rustc had one, and
                          no output file. Equality of the first error's code
                          and location with rustc's is reported, not required.

Never needs rustc. Environment: as tests/run_test.sh (VK_DRIVER_FILES
defaults to lavapipe; with the Khronos validation layer installed every
compile runs under it and a validation message fails the case);
RUSTG_TEST_RUN_TIMEOUT bounds each program run (default 20 s).
"""
import os
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, 'tools', 'fuzz'))
import fuzzlib as fl  # noqa: E402

VALIDATION_JSON = '/usr/share/vulkan/explicit_layer.d/VkLayer_khronos_validation.json'


def read(path, default=None):
    try:
        with open(path, 'rb') as fh:
            return fh.read()
    except FileNotFoundError:
        return default


def main():
    if len(sys.argv) < 3:
        sys.exit('usage: fuzz_test.py RUSTG_VK_BINARY CASE.rs...')
    binary = os.path.abspath(sys.argv[1])
    cases = [os.path.abspath(c) for c in sys.argv[2:]]
    d = os.path.dirname(cases[0])
    if any(os.path.dirname(c) != d for c in cases):
        sys.exit('fuzz_test: all cases must be in one folder')
    lenient = os.path.basename(d) == 'mutate'
    fl.setup_env()
    if os.path.exists(VALIDATION_JSON):
        os.environ['RUSTG_VK_VALIDATE'] = '1'
    run_timeout = float(os.environ.get('RUSTG_TEST_RUN_TIMEOUT', '20'))
    names = [os.path.basename(c) for c in cases]
    work = tempfile.mkdtemp(prefix='rustg-fuzz.')
    try:
        got = fl.batch_compile(binary, d, names, work)
        fails, unsupported, rejects, same_code, same_loc = [], 0, 0, 0, 0
        for n in names:
            base = os.path.join(d, n[:-3])
            g = got[n]
            rc_text = read(base + '.exitcode')
            diag = g['diag']
            problems = []
            if b'Validation' in diag:
                problems.append('Vulkan validation messages during compile')
            if isinstance(g['rc'], str):
                problems.append('compiler %s' % g['rc'])
            elif rc_text is not None:
                want_rc = int(rc_text.strip())
                if g['rc'] != 0:
                    code, loc = fl.first_error(diag)
                    if lenient and g['rc'] == 1 and fl.UNSUPPORTED_RE.search(diag) and loc \
                            and not g['out']:
                        unsupported += 1
                    else:
                        problems.append('compile exited %s (rustc accepted it)' % g['rc'])
                elif not g['out']:
                    problems.append('exit 0 but no executable')
                else:
                    rrc, out, err = fl.run_exe(g['out'], d, run_timeout)
                    want_out = read(base + '.stdout', b'')
                    want_err = read(base + '.stderr', b'')
                    if rrc != want_rc:
                        problems.append('exit code %s, expected %s' % (rrc, want_rc))
                    if out != want_out:
                        problems.append('stdout differs:\n' + fl.diff_text(want_out, out, 'expected', 'actual'))
                    if err != want_err:
                        problems.append('stderr differs:\n' + fl.diff_text(want_err, err, 'expected', 'actual'))
            else:
                want_code, want_loc = fl.first_error(read(base + '.stderr', b''))
                code, loc = fl.first_error(diag)
                if g['rc'] != 1:
                    problems.append('compile exited %s, expected 1 (rustc: %s at %s)' % (
                        g['rc'], want_code, want_loc))
                elif g['out']:
                    problems.append('compile failed but wrote %s' % os.path.basename(g['out']))
                elif code is None:
                    problems.append("exit 1 but no 'error' diagnostic")
                elif want_loc and not loc.startswith(n + ':'):
                    problems.append("no ' --> %s:LINE:COL' after the first error" % n)
                else:
                    rejects += 1
                    same_code += code == want_code
                    same_loc += loc == want_loc
            if problems:
                fails.append(n)
                print('FAIL %s:' % n)
                for p in problems:
                    print('  ' + p)
                print('  ---- compiler stderr ----')
                print(diag.decode('utf-8', 'replace')[:4000])
            else:
                print('PASS %s' % n)
        print('%d cases, %d failed; %d rejected as rustc does (first error code equal: %d, '
              'line:col equal: %d); %d refused as not supported' % (
                  len(names), len(fails), rejects, same_code, same_loc, unsupported))
        sys.exit(1 if fails else 0)
    finally:
        fl.rmtree(work)


if __name__ == '__main__':
    main()
