"""Start-up benchmark (issue #14, point 6): whole processes, medians of alternating runs.

    python bench/bench_startup.py [--runs 15] [--node-dir bench/node_modules-dir] [--python PYTHON]

(a) `newsletter build` of a 20-article issue (bench_build's workspace) vs (b) mjml 5 + juice compiling and
inlining the MJML that build wrote (dist/DATE/index.mjml), each a fresh process; (c) the read-only commands
`issue show`, `issue list`, `articles list`, `send status` vs `python -c "import typer"`.

Every command runs once per round, in turn, so machine load falls on all of them alike; the figures are medians
over the rounds. Wall time and CPU time (user + system, the kernel's accounting of the child) are both reported:
on a shared machine CPU time is the steadier figure. Bytecode caching is on in the children
(PYTHONDONTWRITEBYTECODE is removed), as for an installed tool, and a warm-up round is not counted. mjml and
juice are installed with npm into --node-dir on first use (default bench/node_modules-dir, gitignored).

Targets: build at least 2x faster than mjml + juice; each read-only command within 2x of `import typer`.

--python times the tool (and `import typer`) under another interpreter, e.g. a fresh virtualenv with a plain
`pip install .`: an editable install adds its import finder to every start (about 18 ms here), and a machine's own
.pth files (this one's CA-bundle hook imports certifi: about 12 ms) count for every Python process too.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "bench"))

from bench_build import DAY, make_workspace  # noqa: E402

NODE_SCRIPT = """\
const fs = require('fs');
const mjml2html = require('mjml');
const juice = require('juice');
(async () => {
  const src = fs.readFileSync(process.argv[2], 'utf8');
  const out = await Promise.resolve(mjml2html(src, {validationLevel: 'soft'}));
  const html = juice(out.html, {preserveMediaQueries: true, removeStyleTags: true});
  fs.writeFileSync(process.argv[3], html);
})().catch((e) => { console.error(e); process.exit(1); });
"""

READ_ONLY = ("issue show", "issue list", "articles list", "send status")


def node_modules(folder: Path) -> str:
    """Install mjml 5 and juice into `folder` when missing (the newest mjml if 5 does not install); its version."""
    pkg = folder / "node_modules" / "mjml" / "package.json"
    if not pkg.exists():
        folder.mkdir(parents=True, exist_ok=True)
        npm = ["npm", "install", "--no-audit", "--no-fund", "--prefix", str(folder)]
        if subprocess.run([*npm, "mjml@5", "juice"], capture_output=True).returncode != 0:
            subprocess.run([*npm, "mjml", "juice"], check=True, capture_output=True)
    import json

    return json.loads(pkg.read_text())["version"]


def child_env() -> dict[str, str]:
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def timed(cmd: list[str], cwd: Path, env: dict[str, str]) -> tuple[float, float]:
    """Wall time and CPU time (user + system) of one process, ms."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(cmd, cwd=cwd, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    wall = (time.perf_counter() - start) * 1000
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime) * 1000
    return wall, cpu


def prepare(root: Path, env: dict[str, str], python: str) -> None:
    """The 20-article issue, the sample articles in the pool and one build (for its index.mjml)."""
    make_workspace(root)
    newsletter = [python, "-m", "newsletter", "--workspace", str(root)]
    subprocess.run([*newsletter, "ingest", str(REPO / "samples" / "articles")], check=True, capture_output=True,
                   env=env)
    subprocess.run([*newsletter, "build"], check=True, capture_output=True, env=env)


def rounds(commands: dict[str, list[str]], cwd: Path, runs: int, env: dict[str, str]) -> dict[str, tuple]:
    """{name: (median wall ms, median CPU ms)}."""
    samples: dict[str, list[tuple[float, float]]] = {name: [] for name in commands}
    for n in range(runs + 1):
        for name, cmd in commands.items():
            ms = timed(cmd, cwd, env)
            if n:  # round 0 warms the caches (bytecode, page cache) and is not counted
                samples[name].append(ms)
    return {name: (statistics.median(w for w, _ in values), statistics.median(c for _, c in values))
            for name, values in samples.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--node-dir", type=Path, default=REPO / "bench" / "node_modules-dir")
    parser.add_argument("--python", default=sys.executable, help="the interpreter whose newsletter is timed")
    args = parser.parse_args()
    if shutil.which("node") is None:
        sys.exit("node is needed for the mjml + juice side (apt-get install nodejs npm)")
    mjml_version = node_modules(args.node_dir.resolve())
    env = child_env()
    load_before = os.getloadavg()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        prepare(root, env, args.python)
        script = root / "compile.js"
        script.write_text(NODE_SCRIPT)
        mjml_file = root / "dist" / DAY.isoformat() / "index.mjml"
        py = [args.python, "-m", "newsletter"]
        commands = {
            "newsletter build": [*py, "build"],
            "mjml + juice": ["node", str(script), str(mjml_file), str(root / "juice.html")],
            "import typer": [args.python, "-c", "import typer"],
            **{f"newsletter {c}": [*py, *c.split()] for c in READ_ONLY},
        }
        node_path = str(args.node_dir.resolve() / "node_modules")
        figures = rounds(commands, root, args.runs, {**env, "NODE_PATH": node_path})
    load_after = os.getloadavg()
    report(figures, args.runs, mjml_version, load_before, load_after)


def report(figures: dict[str, tuple], runs: int, mjml_version: str, before, after) -> None:
    print(f"Whole processes, median of {runs} alternating rounds (mjml {mjml_version} + juice; load average "
          f"{before[0]:.1f} before, {after[0]:.1f} after; {time.strftime('%Y-%m-%d')})")
    print(f"  {'':<28}{'wall ms':>10}{'CPU ms':>10}")
    for name, (wall, cpu) in figures.items():
        print(f"  {name:<28}{wall:>10.0f}{cpu:>10.0f}")
    for i, what in ((0, "wall"), (1, "CPU")):
        build, node, typer_ms = (figures[k][i] for k in ("newsletter build", "mjml + juice", "import typer"))
        ratio = node / build
        print(f"{what}: build vs mjml + juice: {ratio:.2f}x faster (target >= 2x): {'met' if ratio >= 2 else 'MISSED'}")
        for c in READ_ONLY:
            r = figures[f"newsletter {c}"][i] / typer_ms
            print(f"{what}: newsletter {c:<15} {r:.2f}x import typer (target <= 2x): {'met' if r <= 2 else 'MISSED'}")


if __name__ == "__main__":
    main()
