"""Sign-off: approve -> edit -> a real send refused with what changed -> approve again -> sent."""

from __future__ import annotations

import json
from datetime import date

import pytest

from newsletter import approval, compose
from newsletter.deliver import send as delivery
from newsletter.deliver.retry import RetryPolicy
from tests.conftest import set_config
from tests.smtp_server import Server
from tests.test_send import add_subscribers, use_smtp

pytestmark = pytest.mark.databases  # each test on SQLite and on PostgreSQL

DAY = date(2026, 11, 28)
FAST = RetryPolicy(attempts=2, base=0.01, cap=0.05)


@pytest.fixture
def strict(sample):
    set_config(sample, "delivery.require_approval", True)
    return sample


def test_approve_edit_refuse_with_diff_reapprove_send(strict, cli_in):
    with Server() as server:
        use_smtp(strict, server.port)
        emails = add_subscribers(strict, 3)
        refused = cli_in(strict, "send", "--provider", "smtp", "--yes")
        assert refused.exit_code == 1
        assert "Error: the issue of 2026-11-28 is not approved" in refused.stderr
        assert "newsletter issue approve 2026-11-28" in refused.stderr
        approved = cli_in(strict, "issue", "approve", "2026-11-28", "--by", "Ada Editor")
        assert approved.exit_code == 0 and "Approved the issue of 2026-11-28 as Ada Editor" in approved.stdout
        assert "No change since the approval by Ada Editor" in cli_in(strict, "issue", "diff", "2026-11-28").stdout
        # The editor changes things after the approval.
        cli_in(strict, "issue", "set", "2026-11-28", "--subject", "A brand new subject")
        cli_in(strict, "issue", "move", "2026-11-28", "229gs8g", "--position", "1")
        cli_in(strict, "issue", "remove", "2026-11-28", "hkrqe0d")
        refused = cli_in(strict, "send", "--provider", "smtp", "--yes")
        assert refused.exit_code == 1
        message = refused.stderr
        assert message.startswith("Error: the issue of 2026-11-28 changed after Ada Editor approved it at ")
        assert "removed hkrqe0d" in message and "moved 229gs8g within World (#2 → #1)" in message
        assert "subject: 'Coalition talks begin after no party wins a majority in Portugal' → 'A brand new " \
               "subject'" in message
        assert len(server.handler.received) == 0  # nothing went out
        shown = cli_in(strict, "issue", "diff", "2026-11-28")
        assert "Changed since the approval by Ada Editor" in shown.stdout and "removed hkrqe0d" in shown.stdout
        data = json.loads(cli_in(strict, "issue", "diff", "2026-11-28", "--json").stdout)
        assert data["same"] is False and "removed hkrqe0d (" in data["changes"][0] + data["changes"][1]
        assert cli_in(strict, "issue", "approve", "2026-11-28", "--by", "Ada Editor").exit_code == 0
        sent = cli_in(strict, "send", "--provider", "smtp", "--yes")
        assert sent.exit_code == 0, sent.stderr
    assert sorted(server.handler.by_recipient()) == sorted(emails)
    assert {m.message["Subject"] for m in server.handler.received} == {"A brand new subject"}


@pytest.mark.sqlite_only  # the database is incidental here
def test_template_and_config_changes_are_named(strict):
    conn = strict.connect()
    approval.approve(strict, conn, DAY, "Ada")
    (strict.templates_dir / "email.txt.j2").write_text("Just text {{ issue.subject }} %%unsubscribe_url%%\n")
    set_config(strict, "newsletter.postal_address", "2 Other Street")
    found = approval.diff(strict, conn, DAY)
    assert found.same is False
    assert found.changes == ["template added: templates/email.txt.j2", "newsletter.toml changed"]  # (an override)
    with pytest.raises(approval.NotApprovedError, match=r"template added: templates/email\.txt\.j2; "
                                                        r"newsletter\.toml changed"):
        approval.require(strict, conn, DAY, approval.current_job(strict, DAY),
                         type("P", (), {"records": True})(), test=False)


@pytest.mark.sqlite_only  # the database is incidental here
def test_a_file_in_templates_that_no_email_uses_is_named_and_changes_nothing_sent(strict, cli_in):
    """A README dropped into templates/ had read as `template changed`, as if the email had: it is named, and the
    approval still holds (it is of the built email, which is the same). A folder set aside (`_drafts/`) is not
    the theme's, as for the build."""
    conn = strict.connect()
    approval.approve(strict, conn, DAY, "Ada")
    (strict.templates_dir / "README.md").write_text("Notes on our theme.\n")
    (strict.templates_dir / "_drafts").mkdir()
    (strict.templates_dir / "_drafts" / "email.mjml.j2").write_text("<mjml></mjml>\n")
    found = approval.diff(strict, conn, DAY)
    assert found.changes == ["template added: templates/README.md"] and found.same is True
    shown = cli_in(strict, "issue", "diff", DAY.isoformat()).stdout
    assert shown.endswith("  template added: templates/README.md\nThe email itself is the same: the approval by Ada "
                          f"at {approval.get(conn, DAY).at} still holds.\n")
    approval.require(strict, conn, DAY, approval.current_job(strict, DAY), type("P", (), {"records": True})(),
                     test=False)
    old = approval.get(conn, DAY)  # an approval saved before the files were named: one digest of them all
    old.snapshot.pop("templates")
    assert approval.changes(old.snapshot, approval.snapshot(strict, DAY, approval.current_job(strict, DAY))) == \
        ["template changed"]


def test_dry_run_and_unrequired_never_need_approval_and_a_test_send_is_remembered(strict, cli_in):
    add_subscribers(strict, 2)
    assert cli_in(strict, "send", "--yes").exit_code == 0  # dry-run: the README's main command works as written
    test = cli_in(strict, "send", "--to-test", "editor@example.com")
    assert test.exit_code == 0
    last = approval.get(strict.connect(), DAY, "test")
    assert last is not None and last.fingerprint == approval.fingerprint(approval.current_job(strict, DAY))
    cli_in(strict, "issue", "set", "2026-11-28", "--preheader", "Fresh preheader")
    shown = cli_in(strict, "issue", "diff", "2026-11-28")
    assert "Changed since the test send by" in shown.stdout and "preheader: '" in shown.stdout
    set_config(strict, "delivery.require_approval", False)
    with Server() as server:
        use_smtp(strict, server.port)
        summary = delivery.run(strict, DAY, "smtp", policy=FAST)
    assert summary.sent == 2


def test_who_and_refusals(strict, cli_in, monkeypatch):
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", "/dev/null")
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    monkeypatch.setenv("USER", "night-editor")
    assert approval.who() == "night-editor"
    assert "night-editor" in cli_in(strict, "issue", "approve", "2026-11-28").stdout
    none = cli_in(strict, "issue", "diff", "2026-11-30")
    assert none.exit_code == 1 and "no issue for 2026-11-30" in none.stderr
    compose.Editor(strict, DAY)  # still editable
    strict.connect().execute("INSERT INTO sends (issue_date, provider, subject, started_at, finished_at) VALUES "
                             "('2026-11-28', 'smtp', 's', '2026-11-28T06:00:00+00:00', '2026-11-28T06:01:00+00:00')")
    again = cli_in(strict, "issue", "approve", "2026-11-28")
    assert again.exit_code == 1 and "a sent issue is never changed" in again.stderr


@pytest.mark.sqlite_only  # the database is incidental here
def test_the_greeting_of_a_reader_without_a_name_is_part_of_what_is_approved(strict, cli_in):
    with Server() as server:
        use_smtp(strict, server.port)
        add_subscribers(strict, 5)  # some of them have no name: the theme greets them by the fallback
        assert cli_in(strict, "issue", "approve", "2026-11-28", "--by", "Ada Editor").exit_code == 0
        set_config(strict, "build.first_name_fallback", "UNAPPROVED TEXT")
        refused = cli_in(strict, "send", "--provider", "smtp", "--yes")
        assert refused.exit_code == 1 and "changed after Ada Editor approved it" in refused.stderr
        assert "newsletter.toml" in refused.stderr
        assert server.handler.received == []


@pytest.mark.sqlite_only  # the database is incidental here
@pytest.mark.parametrize("meanwhile", ["edited", "edited and approved again"])
def test_an_issue_changed_while_the_editor_was_asked_is_not_sent(strict, cli_in, meanwhile):
    """Editor A is asked to confirm; meanwhile editor B edits the issue (and approves the new version): A's yes
    sends nothing, and the issue is not frozen as sent."""
    with Server() as server:
        use_smtp(strict, server.port)
        add_subscribers(strict, 3)
        assert cli_in(strict, "issue", "approve", "2026-11-28", "--by", "Ada Editor").exit_code == 0

        def confirm(plan) -> bool:
            assert cli_in(strict, "issue", "set", "2026-11-28", "--subject", "Corrected subject").exit_code == 0
            if meanwhile == "edited and approved again":
                assert cli_in(strict, "issue", "approve", "2026-11-28", "--by", "Bob Editor").exit_code == 0
            return True

        with pytest.raises(delivery.DeliveryError, match="changed while the send waited for your answer"):
            delivery.run(strict, DAY, "smtp", confirm=confirm, policy=FAST)
        assert server.handler.received == []
        sent = cli_in(strict, "send", "--provider", "smtp", "--yes")
        assert (sent.exit_code == 0) is (meanwhile == "edited and approved again"), sent.stderr
    assert {m.message["Subject"] for m in server.handler.received} <= {"Corrected subject"}
