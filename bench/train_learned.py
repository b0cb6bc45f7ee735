"""Fit the reader's learned models (the furniture, headline and context models in newsletter/ingest/scraped/).

    pip install -e '.[train]' && python bench/train_learned.py [--out DIR] [--without FOLDER ...] [--models …]

Samples, from every folder but those in tests/fixtures/corpus/never_studied.txt (and --without):
  furniture model   body: the paragraphs the pattern tables read on each page whose first and last paragraph,
                    paragraph count and furniture checks all pass, and every page's expected first and last
                    paragraph; furniture: every page's `boilerplate` lines (the most prose-like furniture);
  headline model    each line of the header zone the reader finds (scraped.header_zone), the page's expected
                    title (alone, or with the site's name after a separator) against the zone's other lines;
  context model     on each page whose body checks pass, the body it reads and the bodies earlier readers (the
                    commits in HISTORY, read from this repository's git history) read: each paragraph in place,
                    furniture when the reader now drops it, body when it keeps it; and the page's `boilerplate`
                    lines that stand amid the story, each set back into the body where the page shows it.
The pages are read with the learned checks off, so a model learns from the pattern tables' reading, never from an
earlier model's. L1-regularised logistic regressions (scikit-learn) keep a few thousand weights; they are written
sorted, rounded to 4 places, so that a refit shows as a readable diff.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tarfile
import tempfile
from concurrent.futures import ThreadPoolExecutor
from functools import cache
from io import BytesIO
from pathlib import Path

from bench_ingest import CORPUS, REPO, PageResult, norm, score_page

from newsletter.ingest.scraped import header_zone, headline_candidate, learned

_BODY_CHECKS = ("first_paragraph", "last_paragraph", "body_paragraphs", "boilerplate")
# The inverse of the L1 penalty. Furniture: 1.0 keeps ~4,700 weights and read the never-studied sets best of 0.3,
# 1 and 3. Headline: 10 keeps ~1,500 and found 420 of their 424 titles (3: 419, 1: 418 and an L2 model 418).
_C_FURNITURE = 1.0
_C_HEADLINE = 10.0
# Context: 1.0 keeps ~3,000 weights; on the never-studied sets 0.3 gained fewer checks and 3 lost more.
_C_CONTEXT = 1.0
# Earlier readers, from the first day's to the fourth's: each left other furniture in the body, where it stood. Eight
# gave ~5,000 furniture paragraphs (four: ~3,200, and a model that read the never-studied sets a little worse).
HISTORY = ("446a64c6", "e1e50e45", "6ef5f216", "1c7317bb", "c4e55e55", "4fba2fce", "29f39384", "e62596eb")
# The expected furniture set back into the story's body counts too when it stands this many lines or fewer under the
# story's last paragraph (the credits, bios and links of the story's end; not the page's footer).
_PLACED_AFTER_LINES = 6
# Run in an earlier reader's tree: the body it reads of each page named on stdin (None where it fails).
_READ_BODIES = """
import json, sys
from newsletter.ingest.scraped import read_plaintext
out = {}
for name in sys.stdin.read().split("\\n"):
    try:
        articles = read_plaintext(open(name, encoding="utf-8").read(), name.rsplit("/", 1)[-1])
        out[name] = articles[0].finish().body if articles else []
    except Exception:
        out[name] = None
print(json.dumps(out))
"""


_MODELS = ["furniture", "headline", "context"]


def never_studied() -> set[str]:
    path = CORPUS / "never_studied.txt"
    return {line.strip() for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")}


def _pages(folders: list[Path]) -> list[tuple[Path, dict]]:
    return [(txt, json.loads(txt.with_suffix(".json").read_text(encoding="utf-8")))
            for folder in folders for txt in sorted(folder.glob("*.txt")) if txt.with_suffix(".json").exists()]


@cache
def _score(txt: Path) -> PageResult | None:
    """The page read once (the furniture and context samples both ask)."""
    return score_page(txt)


def samples(folders: list[Path]) -> list[tuple[str, int]]:
    """(text, 1 for furniture / 0 for body) for every page of `folders`, each text once per page."""
    out: list[tuple[str, int]] = []
    for txt, expected in _pages(folders):
        if (result := _score(txt)) is None:
            continue
        body = result.body if not any(name in result.failed for name in _BODY_CHECKS) else []
        edges = [expected.get(name) for name in ("first_paragraph", "last_paragraph")]
        texts = dict.fromkeys([*body, *(e for e in edges if e)], 0)
        texts.update(dict.fromkeys(expected.get("boilerplate") or [], 1))
        out += texts.items()
    return out


def earlier_bodies(revision: str, pages: list[Path]) -> dict[str, list[str] | None]:
    """The body an earlier reader (the package at `revision`) reads of each page, by the page's path."""
    archive = subprocess.run(["git", "-C", str(REPO), "archive", revision, "newsletter"], capture_output=True,
                             check=True).stdout
    with tempfile.TemporaryDirectory() as tree:
        with tarfile.open(fileobj=BytesIO(archive)) as tar:
            tar.extractall(tree, filter="data")
        run = subprocess.run([sys.executable, "-c", _READ_BODIES], input="\n".join(str(p) for p in pages),
                             capture_output=True, text=True, check=True, cwd=tree,
                             env={**os.environ, "PYTHONPATH": tree})
    return json.loads(run.stdout)


def context_samples(folders: list[Path], history: tuple[str, ...] = HISTORY) -> list[tuple[set[str], int]]:
    """(features, 1 for furniture / 0 for body) for each paragraph, in place, of every body the reader and the
    earlier readers read of the pages whose body checks pass (a body read twice counts once), and for each of those
    pages' own furniture set back where it stood (`placed_furniture`)."""
    right = [(txt, expected) for txt, expected in _pages(folders)
             if (result := _score(txt)) is not None and result.body
             and not any(name in result.failed for name in _BODY_CHECKS)]
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
        earlier = list(pool.map(lambda revision: earlier_bodies(revision, [txt for txt, _ in right]), history))
    out: list[tuple[set[str], int]] = []
    for txt, expected in right:
        body = _score(txt).body
        bodies = {tuple(b) for b in [body, *(read.get(str(txt)) for read in earlier)] if b}
        kept = set(body)
        out += [(learned.context_features(list(b), i), int(text not in kept)) for b in sorted(bodies)
                for i, text in enumerate(b)]
        out += [(learned.context_features(placed, k), 1) for placed, k in placed_furniture(txt, expected, body)]
    return out


def placed_furniture(txt: Path, expected: dict, body: list[str]) -> list[tuple[list[str], int]]:
    """The page's expected furniture (`boilerplate`) that stands amid the story, each line set back into the body
    where the page shows it: (that body, the line's place). Lines above the story's first paragraph stay out (the
    check never judges a first paragraph), and so do lines more than _PLACED_AFTER_LINES lines under its last."""
    lines = [line.strip() for line in txt.read_text(encoding="utf-8").splitlines()]
    starts, at = [], 0
    for paragraph in body:  # where each paragraph opens on the page (a hard-wrapped one on its first line)
        at = next((j for j in range(at, len(lines)) if lines[j] and paragraph.startswith(lines[j][:40])), None)
        if at is None:
            return []
        starts.append(at)
        at += 1
    out = []
    for line in expected.get("boilerplate") or []:
        j = lines.index(line) if line in lines else -1
        k = sum(start < j for start in starts)
        if k > 0 and (k < len(body) or sum(map(bool, lines[starts[-1] + 1:j])) <= _PLACED_AFTER_LINES):
            out.append(([*body[:k], line, *body[k:]], k))
    return out


def headline_samples(folders: list[Path]) -> list[tuple[set[str], int]]:
    """(features, 1 for the headline / 0) for every candidate line of every page's header zone."""
    out: list[tuple[set[str], int]] = []
    for txt, expected in _pages(folders):
        title = norm(expected.get("title") or "")
        zone = header_zone(txt.read_text(encoding="utf-8"))
        for i, text in enumerate(zone):
            if headline_candidate(text):
                line = norm(text) or ""
                is_title = bool(title) and (line == title or line.startswith(title + " ") or line.endswith(" " + title))
                out.append((learned.headline_features(zone, i), int(is_title)))
    return out


def fit(rows: list[tuple[set[str], int]], inverse_penalty: float) -> dict:
    import numpy as np
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vectors = DictVectorizer()
    x = vectors.fit_transform([dict.fromkeys(found, 1) for found, _ in rows]).tocsr()
    x.indices, x.indptr = x.indices.astype(np.int32), x.indptr.astype(np.int32)  # liblinear takes 32-bit indices
    model = LogisticRegression(C=inverse_penalty, l1_ratio=1.0, solver="liblinear", max_iter=2000, random_state=0)
    model.fit(x, np.array([label for _, label in rows]))
    weights = {name: round(float(w), 4) for name, w in zip(vectors.feature_names_, model.coef_[0], strict=True)
               if round(float(w), 4)}
    return {"bias": round(float(model.intercept_[0]), 4), "weights": dict(sorted(weights.items()))}


def _write(path: Path, model: dict, rows: list[tuple[object, int]], folders: list[Path], label: str) -> None:
    model["trained_on"] = {"negative": sum(1 for _, y in rows if not y), label: sum(y for _, y in rows),
                           "folders": [folder.name for folder in folders]}
    path.write_text(json.dumps(model, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    shown = path.relative_to(REPO) if path.is_relative_to(REPO) else path
    print(f"{len(rows)} samples from {len(folders)} folders ({model['trained_on'][label]} {label}), "
          f"{len(model['weights'])} weights -> {shown}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=learned.MODEL.parent, help="the folder to write the models to")
    parser.add_argument("--without", nargs="*", default=[], help="more folders to leave out (to measure on them)")
    parser.add_argument("--models", nargs="*", default=_MODELS, choices=_MODELS, help="the models to fit (all)")
    args = parser.parse_args()
    left_out = never_studied() | set(args.without)
    folders = sorted(p for p in CORPUS.iterdir() if p.is_dir() and p.name not in left_out)
    learned.use_model(None, None, None)
    args.out.mkdir(parents=True, exist_ok=True)
    if "furniture" in args.models:
        rows = [(learned.features(text), label) for text, label in samples(folders)]
        _write(args.out / learned.MODEL.name, fit(rows, _C_FURNITURE), rows, folders, "furniture")
    if "headline" in args.models:
        heads = headline_samples(folders)
        _write(args.out / learned.HEADLINE_MODEL.name, fit(heads, _C_HEADLINE), heads, folders, "headline")
    if "context" in args.models:
        context = context_samples(folders)
        _write(args.out / learned.CONTEXT_MODEL.name, fit(context, _C_CONTEXT), context, folders, "furniture")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
