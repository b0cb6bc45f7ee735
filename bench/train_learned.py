"""Fit the reader's learned models (newsletter/ingest/scraped/furniture_model.json, headline_model.json).

    pip install -e '.[train]' && python bench/train_learned.py [--out DIR] [--without FOLDER ...]

Samples, from every folder but those in tests/fixtures/corpus/never_studied.txt (and --without):
  furniture model   body: the paragraphs the pattern tables read on each page whose first and last paragraph,
                    paragraph count and furniture checks all pass, and every page's expected first and last
                    paragraph; furniture: every page's `boilerplate` lines (the most prose-like furniture);
  headline model    each line of the header zone the reader finds (scraped.header_zone), the page's expected
                    title (alone, or with the site's name after a separator) against the zone's other lines.
The pages are read with the learned checks off, so a model learns from the pattern tables' reading, never from an
earlier model's. L1-regularised logistic regressions (scikit-learn) keep a few thousand weights; they are written
sorted, rounded to 4 places, so that a refit shows as a readable diff.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from bench_ingest import CORPUS, REPO, norm, score_page

from newsletter.ingest.scraped import header_zone, headline_candidate, learned

_BODY_CHECKS = ("first_paragraph", "last_paragraph", "body_paragraphs", "boilerplate")
# The inverse of the L1 penalty. Furniture: 1.0 keeps ~4,700 weights and read the never-studied sets best of 0.3,
# 1 and 3. Headline: 10 keeps ~1,500 and found 420 of their 424 titles (3: 419, 1: 418 and an L2 model 418).
_C_FURNITURE = 1.0
_C_HEADLINE = 10.0


def never_studied() -> set[str]:
    path = CORPUS / "never_studied.txt"
    return {line.strip() for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")}


def _pages(folders: list[Path]) -> list[tuple[Path, dict]]:
    return [(txt, json.loads(txt.with_suffix(".json").read_text(encoding="utf-8")))
            for folder in folders for txt in sorted(folder.glob("*.txt")) if txt.with_suffix(".json").exists()]


def samples(folders: list[Path]) -> list[tuple[str, int]]:
    """(text, 1 for furniture / 0 for body) for every page of `folders`, each text once per page."""
    out: list[tuple[str, int]] = []
    for txt, expected in _pages(folders):
        if (result := score_page(txt)) is None:
            continue
        body = result.body if not any(name in result.failed for name in _BODY_CHECKS) else []
        edges = [expected.get(name) for name in ("first_paragraph", "last_paragraph")]
        texts = dict.fromkeys([*body, *(e for e in edges if e)], 0)
        texts.update(dict.fromkeys(expected.get("boilerplate") or [], 1))
        out += texts.items()
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
    args = parser.parse_args()
    left_out = never_studied() | set(args.without)
    folders = sorted(p for p in CORPUS.iterdir() if p.is_dir() and p.name not in left_out)
    learned.use_model(None, None)
    rows = [(learned.features(text), label) for text, label in samples(folders)]
    _write(args.out / learned.MODEL.name, fit(rows, _C_FURNITURE), rows, folders, "furniture")
    heads = headline_samples(folders)
    _write(args.out / learned.HEADLINE_MODEL.name, fit(heads, _C_HEADLINE), heads, folders, "headline")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
