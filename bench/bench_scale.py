"""Scale benchmark (issue #14): import, dry-run and SendGrid send of 100,000 and 1,000,000 subscribers.

    python bench/bench_scale.py [--sizes 100000 1000000] [--skip-sendgrid]

Each measurement runs in a child process, so its peak RSS is its own:
- import: `subscribers import` of a CSV of N distinct addresses;
- dry-run: `send --sample 10` through the library's send policy: every message is personalised, 10 are written;
- sendgrid: a real send through the official SDK to a local server speaking SendGrid's v3 contract (the server
  runs in this process, checks every request and keeps only a count), 1000 recipients a request.
Targets at 1,000,000: import <= 30 s, dry-run <= 30 s, SendGrid <= 90 s, peak memory <= 250 MB each and within
1.5x of the same run at 100,000.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
DAY = date(2026, 11, 28)


def make_workspace(root: Path, rows: int) -> Path:
    root.mkdir(parents=True)
    shutil.copy(REPO / "newsletter.toml", root)
    shutil.copytree(REPO / "issues", root / "issues")
    csv_path = root / "list.csv"
    with csv_path.open("w", encoding="utf-8") as out:
        out.write("email,name\n")
        names = ["Ada Lovelace", "", "Zoë O'Brien", "Grace Hopper"]
        for n in range(rows):
            out.write(f"reader{n:07d}@example.com,{names[n % 4]}\n")
    return csv_path


def child(kind: str, root: str, extra: str) -> None:
    """Runs in the child process: one measurement, printed as JSON."""
    os.environ.setdefault("NEWSLETTER_SECRET", "bench-secret")
    from newsletter.workspace import Workspace

    ws = Workspace(Path(root))
    start, cpu = time.perf_counter(), time.process_time()
    if kind == "import":
        from newsletter.deliver import subscriber_csv

        report = subscriber_csv.import_csv(ws.connect(), Path(extra))
        count = report.added
    else:
        from newsletter.deliver import send
        from newsletter.deliver.providers import Options
        from newsletter.deliver.retry import RetryPolicy

        if kind == "sendgrid":
            os.environ["SENDGRID_API_KEY"] = "SG.bench"
            from tests.conftest import set_config

            set_config(ws, "delivery.sendgrid.api_host", extra)
            set_config(ws, "delivery.sendgrid.timeout", 120.0)
        summary = send.run(ws, DAY, "dry-run" if kind == "dry-run" else "sendgrid",
                           options=Options(sample=10 if kind == "dry-run" else None),
                           policy=RetryPolicy(attempts=2, base=0.1))
        count = summary.sent
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"seconds": seconds, "cpu": cpu, "peak_mb": peak, "count": count}))


def measure(kind: str, root: Path, extra: str) -> dict:
    out = subprocess.run([sys.executable, __file__, "--child", kind, str(root), extra], check=True,
                         capture_output=True, text=True, env={**os.environ, "PYTHONPATH": str(REPO)})
    return json.loads(out.stdout.strip().splitlines()[-1])


class Counting(list):
    """Keeps how many personalizations the server accepted, not the bodies (a million would not fit)."""

    def __init__(self) -> None:
        super().__init__()
        self.people = 0

    def append(self, body: dict) -> None:
        self.people += len(body["personalizations"])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100_000, 1_000_000])
    parser.add_argument("--skip-sendgrid", action="store_true")
    args = parser.parse_args()
    from tests.sendgrid_server import FakeSendGrid

    print(f"{'size':>9}  {'what':<9} {'seconds':>8} {'cpu s':>7} {'peak MB':>8} {'per second':>11}")
    with tempfile.TemporaryDirectory() as tmp:
        for size in args.sizes:
            root = Path(tmp) / f"ws{size}"
            csv_path = make_workspace(root, size)
            kinds = ["import", "dry-run"] + ([] if args.skip_sendgrid else ["sendgrid"])
            for kind in kinds:
                if kind == "sendgrid":
                    with FakeSendGrid("SG.bench") as server:
                        server.state.accepted = Counting()
                        figures = measure(kind, root, server.url)
                        assert server.state.accepted.people == size, server.state.accepted.people
                else:
                    figures = measure(kind, root, str(csv_path))
                assert figures["count"] == size, (kind, figures)
                rate = figures["count"] / figures["seconds"]
                print(f"{size:>9,}  {kind:<9} {figures['seconds']:>8.1f} {figures['cpu']:>7.1f} "
                      f"{figures['peak_mb']:>8.0f} {rate:>11,.0f}", flush=True)
            shutil.rmtree(root)


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        child(*sys.argv[2:5])
    else:
        main()
