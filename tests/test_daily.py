"""`newsletter daily`: sources -> issue -> build -> [TEST] copy -> scheduled send, and again without harm."""

from __future__ import annotations

import email
import email.policy
import json
from datetime import UTC, datetime, timedelta

from newsletter import schedule
from tests.conftest import set_config
from tests.test_sources import configure

STORIES = [("Harbour reopens after storm", "World"), ("Bank raises interest rates", "Business"),
           ("Comet visible this week", "Science"), ("New compiler for tiny boards", "Technology")]


def _desk(ws, day, stories: list[tuple[str, str]]) -> None:
    """A `Desk` source: a folder of clippings published on `day`, one a story."""
    clippings = ws.root / "clippings"
    clippings.mkdir()
    for n, (title, section) in enumerate(stories):
        (clippings / f"{n}.md").write_text(f"---\ntitle: {title}\nsection: {section}\npublished: {day}T0{n}:00:00Z\n"
                                           f"---\n\n{title}: the story.\n")
    configure(ws, [{"path": "clippings", "name": "Desk"}])


def test_the_whole_morning_then_again(ws, cli):
    day = datetime.now(UTC).date() + timedelta(days=1)
    _desk(ws, day, STORIES)
    set_config(ws, "newsletter.editors", ["ed@example.com", "sub@example.com"])
    result = cli("daily", "--date", day.isoformat(), "--send")
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert "Desk: 4 added, 0 updated, 0 unchanged" in out
    assert f"created issues/{day}.toml: 4 items" in out
    assert "Picked 4 of 4 articles near the window; none left out." in out
    assert f"built into dist/{day}/" in out
    assert "[TEST] copy to ed@example.com, sub@example.com via dry-run: 2 sent, 0 failed" in out
    assert f"scheduled for {day} 06:30 UTC via dry-run" in out
    tests = sorted((ws.root / "outbox" / f"{day}-test").glob("*.eml"))
    assert len(tests) == 2
    message = email.message_from_bytes(tests[0].read_bytes(), policy=email.policy.default)
    assert message["Subject"].startswith("[TEST] ")
    entry = schedule.get(ws.connect(), day)
    assert entry.state == "scheduled" and entry.send_at == datetime.combine(day, datetime.min.time(), UTC) + \
        timedelta(hours=6, minutes=30)
    again = cli("daily", "--date", day.isoformat(), "--send", "--json")
    assert again.exit_code == 0, again.output
    steps = {s["step"]: s for s in json.loads(again.stdout)["steps"]}
    assert steps["ingest"]["lines"] == ["Desk: 0 added, 0 updated, 4 unchanged"]
    assert steps["issue"]["lines"][0].startswith(f"kept issues/{day}.toml")
    assert steps["schedule"]["lines"] == [f"already scheduled for {day} 06:30 (scheduled)"]
    path = ws.root / "issues" / f"{day}.toml"
    path.write_text(path.read_text().replace("subject = ", "oops = 1\nsubject = ", 1))
    broken = cli("daily", "--date", day.isoformat(), "--json")
    assert broken.exit_code == 1
    steps = {s["step"]: s for s in json.loads(broken.stdout)["steps"]}
    assert list(steps) == ["ingest", "issue", "build"]  # no test copy of a broken issue
    assert steps["build"]["ok"] is False and steps["build"]["lines"][0].endswith(f"{day}.toml:6: unknown key 'oops'")


def test_daily_without_sources_or_editors_says_so(ws, cli):
    day = datetime.now(UTC).date() + timedelta(days=1)
    result = cli("daily", "--date", day.isoformat())
    assert "no [[sources]] configured: nothing ingested" in result.stdout
    assert "no [newsletter] editors: no test copy sent" in result.stdout or "build: FAILED" in result.stdout


def test_daily_settings_are_checked(ws):
    import pytest

    from newsletter.errors import ConfigError

    set_config(ws, "newsletter.editors", ["ed@example.com"])
    with pytest.raises(ConfigError) as caught:
        set_config(ws, "delivery.send_time", "25:00")
    assert any(p.startswith("Config value 'delivery.send_time' (line ") and "is not a time HH:MM" in p
               for p in caught.value.problems)


def test_a_failed_test_copy_holds_the_send_back(ws, cli):
    """The [TEST] copy is how the editor sees the issue: when it does not reach them, nothing is scheduled."""
    from tests.smtp_server import free_port
    from tests.test_send import use_smtp

    day = datetime.now(UTC).date() + timedelta(days=1)
    _desk(ws, day, STORIES[:3])
    set_config(ws, "newsletter.editors", ["ed@example.com"])
    set_config(ws, "delivery.provider", "smtp")
    use_smtp(ws, free_port())  # nothing listens there
    result = cli("daily", "--date", day.isoformat(), "--send", "--json")
    assert result.exit_code == 1
    steps = {s["step"]: s for s in json.loads(result.stdout)["steps"]}
    assert steps["build"]["ok"] is True and steps["test"]["ok"] is False
    assert "cannot connect to 127.0.0.1" in steps["test"]["lines"][0]
    assert steps["schedule"]["ok"] is False
    assert steps["schedule"]["lines"][0].startswith("not scheduled: the [TEST] copy failed")
    assert schedule.get(ws.connect(), day) is None
    assert "the daily run of" in result.stderr and "test, schedule" in result.stderr
    set_config(ws, "delivery.provider", "dry-run")
    assert cli("daily", "--date", day.isoformat(), "--send").exit_code == 0  # the copy reaches them: scheduled
    set_config(ws, "delivery.provider", "smtp")
    again = cli("daily", "--date", day.isoformat(), "--send", "--json")
    steps = {s["step"]: s for s in json.loads(again.stdout)["steps"]}
    assert again.exit_code == 1 and steps["schedule"]["ok"] is False
    assert steps["schedule"]["lines"] == [f"the [TEST] copy failed, but an earlier run scheduled the send for {day} "
                                          f"06:30 (scheduled): it stands; `newsletter schedule cancel {day}` holds it "
                                          "back"]
    assert schedule.get(ws.connect(), day).state == "scheduled"


def test_an_unreadable_article_fails_the_ingest_step_and_the_morning_goes_on(ws, cli):
    """As `newsletter ingest` says for the same folder (exit 1): the step names the file, the good stories are
    picked and built all the same (it had said `ok` for the step and exited 0)."""
    day = datetime.now(UTC).date() + timedelta(days=1)
    _desk(ws, day, STORIES[:2])
    (ws.root / "clippings" / "broken.json").write_text("{not json")
    result = cli("daily", "--date", day.isoformat(), "--json")
    assert result.exit_code == 1
    steps = {s["step"]: s for s in json.loads(result.stdout)["steps"]}
    assert steps["ingest"]["ok"] is False
    assert steps["ingest"]["lines"][0] == "Desk: 2 added, 0 updated, 0 unchanged, 1 failed"
    assert steps["ingest"]["lines"][1].startswith("Desk: ") and "broken.json" in steps["ingest"]["lines"][1]
    assert steps["issue"]["ok"] and steps["build"]["ok"]
