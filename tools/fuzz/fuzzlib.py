"""Shared pieces of the differential fuzzers and of the committed-sample test.

Nothing here needs rustc except `rustc_verdict`.
"""
import os
import re
import shutil
import signal
import subprocess
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor

LVP_ICD = '/usr/share/vulkan/icd.d/lvp_icd.x86_64.json'
RUSTC_FLAGS = ['--edition', '2021', '-C', 'opt-level=0', '-C', 'debug-assertions=on',
               '-C', 'overflow-checks=on', '--error-format=human', '--color=never']
RUSTG_FLAGS = ['--edition', '2021']  # the edition rustc compiles with
TID_RE = re.compile(rb"^thread '([^']*)' \([0-9]+\) panicked at ", re.M)
UNSUPPORTED_RE = re.compile(rb'not supported|does not support')


def setup_env():
    if not os.environ.get('VK_DRIVER_FILES') and not os.environ.get('VK_ICD_FILENAMES') \
            and os.path.exists(LVP_ICD):
        os.environ['VK_DRIVER_FILES'] = LVP_ICD
    os.environ.pop('RUST_BACKTRACE', None)
    os.environ.pop('RUST_LIB_BACKTRACE', None)


def normalise_tid(b):
    return TID_RE.sub(rb"thread '\1' (<tid>) panicked at ", b)


def first_error(diag):
    """(error code line prefix, 'file:line:col' or '') of the first error.

    Same rule as tests/run_test.sh: the first line starting with `error`, and
    the first ` --> ` line after it."""
    err, loc = None, ''
    for line in diag.split(b'\n'):
        if err is None:
            if line.startswith(b'error'):
                err = line
            continue
        m = re.match(rb'^ *--> *(.*)$', line)
        if m:
            loc = m.group(1).strip().decode('utf-8', 'replace')
            break
    if err is None:
        return None, ''
    m = re.match(rb'^(error(\[[A-Z][0-9]+\])?)', err)
    return m.group(1).decode(), loc


def run_exe(path, cwd, timeout):
    """(rc, stdout, stderr) with rc 'timeout' on a hang; stderr tid-normalised."""
    try:
        p = subprocess.Popen([path], cwd=cwd, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, start_new_session=True)
    except OSError as e:
        return 'noexec', b'', str(e).encode()
    try:
        out, err = p.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(p.pid, signal.SIGKILL)
        out, err = p.communicate()
        return 'timeout', out, normalise_tid(err)
    rc = p.returncode
    if rc < 0:
        rc = 128 - rc
    return rc, out, normalise_tid(err)


def rustc_verdict(rustc, src_dir, name, work, run_timeout=10):
    """Compile src_dir/name with rustc (from src_dir, bare name) and run it.

    Returns a dict: verdict 'accept' (stdout, rc, stderr) or 'reject'
    (code, loc, diag) or 'ref-bad' (reason): rustc hung or crashed, or its
    executable hung or died otherwise than exit 0/101."""
    exe = os.path.join(work, name[:-3] + '.ref')
    try:
        p = subprocess.run([rustc] + RUSTC_FLAGS + [name, '-o', exe], cwd=src_dir,
                           stdin=subprocess.DEVNULL, capture_output=True, timeout=120)
    except subprocess.TimeoutExpired:
        return {'verdict': 'ref-bad', 'reason': 'rustc timed out'}
    if p.returncode != 0:
        if p.returncode != 1:
            return {'verdict': 'ref-bad', 'reason': 'rustc exit %d' % p.returncode}
        code, loc = first_error(p.stderr)
        return {'verdict': 'reject', 'code': code, 'loc': loc, 'diag': p.stderr}
    t0 = time.monotonic()
    rc, out, err = run_exe(exe, src_dir, run_timeout)
    secs = time.monotonic() - t0
    try:
        os.unlink(exe)
    except OSError:
        pass
    if rc not in (0, 101):
        return {'verdict': 'ref-bad', 'reason': 'reference run: %s' % rc}
    if len(out) > 1 << 20:
        return {'verdict': 'ref-bad', 'reason': 'output over 1 MiB'}
    # stderr whatever the exit code: a panic's message, or eprint!'s text
    return {'verdict': 'accept', 'stdout': out, 'rc': rc, 'stderr': err, 'secs': secs}


# rustg-vk's code keeps every value in a stack slot: it runs a few times
# slower than rustc's debug build (3.6x measured on a loop that overflows
# after 2^31 additions). Its run may take this many times the reference's
# before it counts as a hang.
RUN_SLOWDOWN = 8


def parallel(fn, items, jobs):
    with ThreadPoolExecutor(max_workers=max(1, jobs)) as ex:
        return list(ex.map(fn, items))


def batch_compile(compiler, src_dir, names, out_dir, timeout_per=60, timeout_base=120):
    """Compile names (files in src_dir) with one `compiler --out-dir` process,
    and again for what a crash or hang left undone.

    Returns {name: {'rc': 0|1|'crash:N'|'hang', 'diag': bytes, 'out': path or None}}."""
    res = {}
    todo = list(names)
    while todo:
        cmd = [compiler] + RUSTG_FLAGS + ['--out-dir', out_dir] + todo
        p = subprocess.Popen(cmd, cwd=src_dir, stdin=subprocess.DEVNULL,
                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                             start_new_session=True)
        hung = False
        try:
            _, err = p.communicate(timeout=timeout_base + timeout_per * len(todo))
        except subprocess.TimeoutExpired:
            os.killpg(p.pid, signal.SIGKILL)
            _, err = p.communicate()
            hung = True
        prc = p.returncode
        done = parse_batch(err, todo)
        for n, (rc, diag) in done.items():
            out = os.path.join(out_dir, n[:-3])
            res[n] = {'rc': rc, 'diag': diag, 'out': out if os.path.exists(out) else None}
        rest = [n for n in todo if n not in done]
        if not rest:
            break
        # the first unfinished input is the culprit
        bad = rest[0]
        started, diag = started_diag(err, bad)
        if hung:
            rc = 'hang'
        else:
            rc = 'crash:%s' % (prc if prc >= 0 else 'signal %d' % -prc)
        out = os.path.join(out_dir, bad[:-3])
        res[bad] = {'rc': rc, 'diag': diag, 'out': out if os.path.exists(out) else None}
        todo = rest[1:]
    return res


def _sections(err):
    """[(name, [lines])] from the `# NAME` ... `# exit N` protocol."""
    secs = []
    cur = None
    for line in err.split(b'\n'):
        if line.startswith(b'# ') and not line.startswith(b'# exit '):
            cur = (line[2:].decode('utf-8', 'replace'), [])
            secs.append(cur)
        elif cur is not None:
            cur[1].append(line)
    return secs


def parse_batch(err, names):
    done = {}
    for name, lines in _sections(err):
        if name not in names or not lines:
            continue
        last = [l for l in lines if l.startswith(b'# exit ')]
        if not last:
            continue
        try:
            rc = int(last[-1][7:].strip())
        except ValueError:
            continue
        body = lines[:lines.index(last[-1])]
        done[name] = (rc, b'\n'.join(body) + b'\n' if body else b'')
    return done


def started_diag(err, name):
    for n, lines in _sections(err):
        if n == name:
            return True, b'\n'.join(lines)
    return False, err[-4000:]


def classify(exp, got, exe_run, name):
    """Compare rustc's verdict exp with our compile got (and run exe_run).

    Returns (class, detail). Classes: ok, ok-unsupported, ok-reject (both
    rejected; detail says whether code/location match), and the mismatches:
    crash, hang, output-left, invalid-accepted, valid-rejected,
    unsupported-rejected (not a soundness bug), wrong-stdout, wrong-exit,
    wrong-panic, run-hang, no-output."""
    rc = got['rc']
    if isinstance(rc, str):
        return ('hang' if rc == 'hang' else 'crash'), rc
    if rc not in (0, 1):
        return 'crash', 'exit %d' % rc
    if exp['verdict'] == 'reject':
        if rc == 0:
            return 'invalid-accepted', 'rustc: %s at %s' % (exp['code'], exp['loc'])
        if got['out']:
            return 'output-left', 'exit 1 but wrote %s' % got['out']
        code, loc = first_error(got['diag'])
        if code is None:
            return 'no-error-line', 'exit 1 without an error line'
        if exp['loc'] and not loc:
            return 'no-location', 'rustc: %s at %s; ours: %s without location' % (
                exp['code'], exp['loc'], code)
        return 'ok-reject', {'code': code == exp['code'], 'loc': loc == exp['loc'],
                             'line': loc.rsplit(':', 1)[0] == exp['loc'].rsplit(':', 1)[0],
                             'ours': '%s %s' % (code, loc),
                             'rustc': '%s %s' % (exp['code'], exp['loc'])}
    # rustc accepted
    if rc == 1:
        if got['out']:
            return 'output-left', 'exit 1 but wrote %s' % got['out']
        code, loc = first_error(got['diag'])
        if UNSUPPORTED_RE.search(got['diag']):
            return 'unsupported-rejected', '%s %s' % (code, loc)
        return 'valid-rejected', '%s %s' % (code, loc)
    if not got['out']:
        return 'no-output', 'exit 0 but no executable'
    rrc, out, err = exe_run
    if rrc == 'timeout':
        return 'run-hang', 'timed out'
    problems = []
    if out != exp['stdout']:
        problems.append('wrong-stdout')
    if rrc != exp['rc']:
        problems.append('wrong-exit')
    if err != exp['stderr']:
        problems.append('wrong-panic')
    if problems:
        return problems[0], 'exit %s (rustc %s); %s' % (rrc, exp['rc'], ' '.join(problems))
    return 'ok', ''


BUGS = ('crash', 'hang', 'output-left', 'invalid-accepted', 'valid-rejected', 'wrong-stdout',
        'wrong-exit', 'wrong-panic', 'run-hang', 'no-output', 'no-error-line', 'no-location')


def diff_text(a, b, la='rustc', lb='ours'):
    import difflib
    return ''.join(difflib.unified_diff(
        a.decode('utf-8', 'replace').splitlines(True),
        b.decode('utf-8', 'replace').splitlines(True), la, lb, n=2))


def mktemp(prefix):
    return tempfile.mkdtemp(prefix=prefix)


def rmtree(d):
    shutil.rmtree(d, ignore_errors=True)


def now():
    return time.monotonic()
