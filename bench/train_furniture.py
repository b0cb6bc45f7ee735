"""Fit the reader's learned furniture model (newsletter/ingest/scraped/furniture_model.json) on the corpus.

    pip install -e '.[train]' && python bench/train_furniture.py [--out PATH] [--without FOLDER ...]

Samples, from every folder but those in tests/fixtures/corpus/never_studied.txt (and --without):
  body       the paragraphs the pattern tables read on each page whose first and last paragraph, paragraph count and
             furniture checks all pass, and every page's expected first and last paragraph;
  furniture  every page's `boilerplate` lines (the corpus lists the most prose-like furniture of each page).
The pages are read with the learned check off, so a model learns from the pattern tables' reading, never from an
earlier model's. An L1-regularised logistic regression (scikit-learn) keeps a few thousand weights; they are
written sorted, rounded to 4 places, so that a refit shows as a readable diff.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from bench_ingest import CORPUS, REPO, score_page

from newsletter.ingest.scraped import learned

_BODY_CHECKS = ("first_paragraph", "last_paragraph", "body_paragraphs", "boilerplate")
# The inverse of the L1 penalty: 1.0 keeps ~4,700 weights and read the never-studied sets best of 0.3, 1 and 3.
_C = 1.0


def never_studied() -> set[str]:
    path = CORPUS / "never_studied.txt"
    return {line.strip() for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")}


def samples(folders: list[Path]) -> list[tuple[str, int]]:
    """(text, 1 for furniture / 0 for body) for every page of `folders`, each text once per page."""
    out: list[tuple[str, int]] = []
    for folder in folders:
        for txt in sorted(folder.glob("*.txt")):
            if not txt.with_suffix(".json").exists() or (result := score_page(txt)) is None:
                continue
            expected = json.loads(txt.with_suffix(".json").read_text(encoding="utf-8"))
            body = result.body if not any(name in result.failed for name in _BODY_CHECKS) else []
            edges = [expected.get(name) for name in ("first_paragraph", "last_paragraph")]
            texts = dict.fromkeys([*body, *(e for e in edges if e)], 0)
            texts.update(dict.fromkeys(expected.get("boilerplate") or [], 1))
            out += texts.items()
    return out


def fit(rows: list[tuple[str, int]]) -> dict:
    import numpy as np
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vectors = DictVectorizer()
    x = vectors.fit_transform([dict.fromkeys(learned.features(text), 1) for text, _ in rows]).tocsr()
    x.indices, x.indptr = x.indices.astype(np.int32), x.indptr.astype(np.int32)  # liblinear takes 32-bit indices
    model = LogisticRegression(C=_C, l1_ratio=1.0, solver="liblinear", max_iter=2000, random_state=0)
    model.fit(x, np.array([label for _, label in rows]))
    weights = {name: round(float(w), 4) for name, w in zip(vectors.feature_names_, model.coef_[0], strict=True)
               if round(float(w), 4)}
    return {"bias": round(float(model.intercept_[0]), 4), "weights": dict(sorted(weights.items()))}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=learned.MODEL)
    parser.add_argument("--without", nargs="*", default=[], help="more folders to leave out (to measure on them)")
    args = parser.parse_args()
    left_out = never_studied() | set(args.without)
    folders = sorted(p for p in CORPUS.iterdir() if p.is_dir() and p.name not in left_out)
    learned.use_model(None)
    rows = samples(folders)
    model = fit(rows)
    model["trained_on"] = {"body": sum(1 for _, y in rows if not y), "furniture": sum(y for _, y in rows),
                           "folders": [folder.name for folder in folders]}
    args.out.write_text(json.dumps(model, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    out = args.out.relative_to(REPO) if args.out.is_relative_to(REPO) else args.out
    print(f"{len(rows)} samples from {len(folders)} folders ({model['trained_on']['furniture']} furniture), "
          f"{len(model['weights'])} weights -> {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
