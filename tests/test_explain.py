"""`issue new --explain`: the fate of every article near the window, the lead, and the subject following it."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta

from newsletter import compose, pool
from newsletter.article import Article
from newsletter.explain import explain
from tests.conftest import set_config

DAY = date(2026, 11, 28)
CUTOFF = datetime(2026, 11, 28, 6, 0, tzinfo=UTC)  # the test workspace is on UTC, cut-off 06:00


def add(conn, title, hours_before, section="World", url=None, image=None):
    published = CUTOFF - timedelta(hours=hours_before) if hours_before is not None else None
    article = Article(title=title, source="test", section=section, url=url, image_url=image, published=published,
                      body=[f"{title} body."]).finish()
    pool.save(conn, article)
    return article


def test_every_reason(ws):
    conn = ws.connect()
    set_config(ws, "selection.max_per_section", 2)
    set_config(ws, "selection.max_total", 4)
    # An earlier issue ran one article.
    ran = add(conn, "Old bridge finally repaired", 30, url="https://news.example/bridge")
    set_config(ws, "selection.window_hours", 48)
    compose.new_issue(ws, conn, DAY - timedelta(days=1))
    set_config(ws, "selection.window_hours", 24)
    w1 = add(conn, "Earthquake shakes the capital overnight", 1, image="https://img.example/q.jpg")
    dup = add(conn, "Earthquake shakes capital overnight", 2)
    w2 = add(conn, "Elections called for the spring", 3)
    w3 = add(conn, "Minister resigns over expenses", 4)
    farm = add(conn, "Sheep outnumber people in the valley", 5, section="Wrld")
    b1 = add(conn, "Bank raises interest rates again", 6, section="Business")
    b2 = add(conn, "Retail sales slow in November", 7, section="Business")
    retitled = add(conn, "Old bridge is finally repaired", 0.5, url="https://other.example/bridge")
    old = add(conn, "Too old to run", 30)
    late = add(conn, "Published after the cut-off", -2)
    undated = add(conn, "A story without a date", None)
    moved = add(conn, "Old bridge finally repaired", 0.2, url="https://news.example/bridge")  # ran, now re-dated
    assert moved.id == ran.id

    issue = compose.new_issue(ws, conn, DAY).issue
    why = {c.article.id: c for c in explain(ws, conn, DAY).candidates}
    assert [i.id for i in issue.items] == [w1.id, w2.id, b1.id, farm.id]
    assert why[w1.id].outcome == "picked" and (why[w1.id].section, why[w1.id].rank) == ("World", 1)
    assert why[farm.id].section == "More" and why[farm.id].alias == 'Wrld = "World"'
    assert "'Wrld' is not in the newsletter" in why[farm.id].reason
    assert why[dup.id].outcome == "duplicate" and why[dup.id].reason.startswith(f"near-duplicate of {w1.id}")
    assert why[w3.id].outcome == "section cap" and "World already has 2 items" in why[w3.id].reason
    assert why[b2.id].outcome == "total cap" and "already has 4 items" in why[b2.id].reason
    assert why[retitled.id].outcome == "ran before" and why[retitled.id].reason == "already ran on 2026-11-27"
    assert why[ran.id].outcome == "ran before" and why[ran.id].reason == "already ran on 2026-11-27"
    assert why[old.id].outcome == "outside window" and "before the window opened" in why[old.id].reason
    assert why[late.id].outcome == "outside window" and "after the cut-off" in why[late.id].reason
    assert why[undated.id].outcome == "no date"
    assert ran.id not in [i.id for i in issue.items]


def test_cli_explain_json_and_summary(ws, cli):
    conn = ws.connect()
    a = add(conn, "Earthquake shakes the capital overnight", 1)
    add(conn, "Earthquake shakes capital overnight", 2)
    add(conn, "Too old to run", 40)
    b = add(conn, "Comet visible this week", 3, section="Science", image="https://img.example/c.jpg")
    plain = cli("issue", "new", "--date", "2026-11-28")
    assert plain.exit_code == 0
    assert "Picked 2 of 4 articles near the window; left out 2: " in plain.stdout
    assert "1 near-duplicates" in plain.stdout and "1 outside the window" in plain.stdout
    explained = cli("issue", "new", "--date", "2026-11-28", "--force", "--explain")
    assert f"Lead: {b.id} (Comet visible this week): the first story with a picture" in explained.stdout
    assert f"{a.id}  picked: World #1" in explained.stdout
    data = json.loads(cli("issue", "new", "--date", "2026-11-28", "--force", "--json").stdout)
    assert {c["outcome"] for c in data["candidates"]} == {"picked", "duplicate", "outside window"}
    assert data["issue"]["subject"] == "Comet visible this week"
    assert data["lead"].startswith(b.id)


def test_subject_follows_the_lead_unless_the_editor_wrote_one(ws, cli):
    conn = ws.connect()
    a = add(conn, "Earthquake shakes the capital overnight", 1, image="https://img.example/q.jpg")
    b = add(conn, "Comet visible this week", 3, section="Science")
    add(conn, "Bank raises interest rates again", 2, section="Business")
    cli("issue", "new", "--date", "2026-11-28")
    assert cli("issue", "set", "2026-11-28", "--lead", b.id).exit_code == 0
    issue = compose.Editor(ws, DAY).issue
    assert issue.subject == b.title and issue.lead.id == b.id
    assert a.title in issue.preheader and b.title not in issue.preheader  # the derived preheader followed too
    cli("issue", "set", "2026-11-28", "--subject", "My own words")
    cli("issue", "set", "2026-11-28", "--lead", a.id)
    issue = compose.Editor(ws, DAY).issue
    assert issue.subject == "My own words" and issue.lead.id == a.id


def test_a_like_headline_names_the_run_within_a_month_not_an_older_one(ws):
    """A headline ran 400 days ago and again 3 days ago: the refusal is the recent run's, and explain names it."""
    conn = ws.connect()
    set_config(ws, "selection.window_hours", 48)
    for days, url in ((400, "https://a.example/storm-2025"), (3, "https://a.example/storm-2026")):
        when = DAY - timedelta(days=days)
        pool.save(conn, Article(title="Storm warning for the coast", source="test", url=url, section="World",
                                published=datetime(when.year, when.month, when.day, 5, tzinfo=UTC),
                                body=["Body."]).finish())
        compose.new_issue(ws, conn, when)
    again = add(conn, "Storm warning for the coast", 1, url="https://b.example/storm")
    why = {c.article.id: c for c in explain(ws, conn, DAY).candidates}
    assert why[again.id].outcome == "ran before" and why[again.id].reason == f"already ran on {DAY - timedelta(days=3)}"
