"""The pool: ingested articles in the workspace database."""

from __future__ import annotations

import json
from datetime import UTC, datetime

from newsletter.article import Article
from newsletter.db import Connection, Row
from newsletter.errors import NotFoundError, suggest

_COLUMNS = ("url", "title", "section", "author", "published", "summary", "body", "image_url", "image_alt",
            "image_credit", "tags", "source", "publication")


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _values(article: Article) -> dict:
    return {
        "url": article.url,
        "title": article.title,
        "section": article.section,
        "author": article.author,
        "published": article.published.isoformat() if article.published else None,
        "summary": article.summary,
        "body": json.dumps(article.body, ensure_ascii=False),
        "image_url": article.image_url,
        "image_alt": article.image_alt,
        "image_credit": article.image_credit,
        "tags": json.dumps(article.tags, ensure_ascii=False),
        "source": article.source,
        "publication": article.publication,
    }


def save(conn: Connection, article: Article) -> str:
    """Insert or update by the article's key; returns 'added', 'updated' or 'skipped' (nothing changed)."""
    values = _values(article)
    row = conn.execute("SELECT * FROM articles WHERE key = ?", (article.key,)).fetchone()
    if row is None:
        conn.execute(
            f"INSERT INTO articles (id, key, {', '.join(_COLUMNS)}, ingested_at, updated_at) "
            f"VALUES (:id, :key, {', '.join(':' + c for c in _COLUMNS)}, :now, :now)",
            {**values, "id": article.id, "key": article.key, "now": _now()},
        )
        return "added"
    if all(row[c] == values[c] for c in _COLUMNS):
        return "skipped"
    conn.execute(
        f"UPDATE articles SET {', '.join(f'{c} = :{c}' for c in _COLUMNS)}, updated_at = :now WHERE key = :key",
        {**values, "key": article.key, "now": _now()},
    )
    return "updated"


def from_row(row: Row) -> Article:
    return Article(
        title=row["title"],
        source=row["source"],
        url=row["url"],
        section=row["section"],
        author=row["author"],
        published=datetime.fromisoformat(row["published"]) if row["published"] else None,
        summary=row["summary"],
        body=json.loads(row["body"]),
        image_url=row["image_url"],
        image_alt=row["image_alt"],
        image_credit=row["image_credit"],
        tags=json.loads(row["tags"]),
        publication=row["publication"],
    )


def get(conn: Connection, article_id: str) -> Article:
    row = conn.execute("SELECT * FROM articles WHERE id = ?", (article_id.strip().lower(),)).fetchone()
    if row is None:
        ids = [r[0] for r in conn.execute("SELECT id FROM articles")]
        raise NotFoundError(f"no article with id '{article_id}'{suggest(article_id.lower(), ids)}")
    return from_row(row)


def list_articles(conn: Connection, since: datetime | None = None, until: datetime | None = None,
                  section: str | None = None) -> list[Article]:
    """Newest first; articles without a date last."""
    sql, args = "SELECT * FROM articles WHERE 1=1", []
    if since is not None:
        sql += " AND published >= ?"
        args.append(since.astimezone(UTC).isoformat())
    if until is not None:
        sql += " AND published < ?"
        args.append(until.astimezone(UTC).isoformat())
    if section:
        sql += " AND lower(section) = lower(?)"  # ASCII case, as SQLite's NOCASE was
        args.append(section)
    sql += " ORDER BY published IS NULL, published DESC, title"
    return [from_row(r) for r in conn.execute(sql, args)]


def remove(conn: Connection, article_id: str) -> Article:
    article = get(conn, article_id)
    conn.execute("DELETE FROM articles WHERE id = ?", (article.id,))
    return article
