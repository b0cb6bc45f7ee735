"""Sign-off: what the editor approved is what goes out.

An approval records who, when, and the fingerprint of exactly what would be sent (the built HTML and text, the
subject and the headers that do not change per recipient), with a snapshot of the issue's parts so that a later
change can be explained: items added, removed or moved, subject, preheader, intro, lead, theme or config.

    require(ws, conn, day, job, provider, test)   the one step `deliver.send.run` takes: a real send of an issue
                                                  that is not approved, or changed since, is refused with what
                                                  changed; a test send is remembered as the last one
"""

from __future__ import annotations

import getpass
import hashlib
import json
import os
import subprocess
from dataclasses import dataclass
from datetime import date

from newsletter import clock, issuefile
from newsletter.db import Connection, transaction
from newsletter.errors import DeliveryError
from newsletter.workspace import Workspace, theme_dir


class NotApprovedError(DeliveryError):
    """A real send of an issue that is not approved, or that changed after its approval."""


@dataclass
class Approval:
    day: date
    kind: str
    """`approval`, or `test` (the last test send)."""
    by: str
    at: str
    fingerprint: str
    snapshot: dict

    def to_json(self) -> dict:
        return {"date": self.day.isoformat(), "kind": self.kind, "by": self.by, "at": self.at,
                "fingerprint": self.fingerprint}


def who() -> str:
    """The editor: `git config user.name`, else the login name."""
    try:
        name = subprocess.run(["git", "config", "user.name"], capture_output=True, text=True, timeout=5).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        name = ""
    if name:
        return name
    try:
        return os.environ.get("USER") or getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


def fingerprint(job) -> str:
    """SHA-256 of what every recipient gets alike: subject, headers, HTML and text, and the name a reader without
    one is greeted by (not the Date header, which is the moment the message leaves)."""
    digest = hashlib.sha256()
    for part in (job.subject, job.sender, job.reply_to, job.list_id, job.unsubscribe_mailto, job.html, job.text,
                 job.first_name_fallback):
        digest.update(part.encode("utf-8"))
        digest.update(b"\0")
    return digest.hexdigest()


def _template_files(ws: Workspace) -> tuple[str, dict[str, str]]:
    """One digest of the workspace's templates and the packaged theme (file names and bytes), and each file by its
    path with a digest of its own (the one digest is what snapshots held before the files were named)."""
    from newsletter.render.build import theme_files  # (the files a build reads, as its fingerprint walks them)

    whole, files = hashlib.sha256(), {}
    for label, folder in (("templates", ws.templates_dir), ("packaged theme", theme_dir())):
        for path in theme_files(folder):
            data = path.read_bytes()
            whole.update(path.name.encode() + data)
            files[f"{label}/{path.relative_to(folder).as_posix()}"] = hashlib.sha256(data).hexdigest()
    return whole.hexdigest(), files


def snapshot(ws: Workspace, day: date, job) -> dict:
    """The issue's parts, for explaining a later change."""
    issue = issuefile.load(issuefile.issue_path(ws.issues_dir, day))
    theme, templates = _template_files(ws)
    return {"subject": issue.subject, "preheader": issue.preheader, "intro": issue.intro,
            "items": [{"id": i.id, "section": s.name, "title": i.display_title} for s in issue.sections
                      for i in s.items],
            "lead": issue.lead.id if issue.lead else None, "theme": theme, "templates": templates,
            "config": hashlib.sha256(ws.config_path.read_bytes()).hexdigest(), "fingerprint": fingerprint(job)}


def _save(conn: Connection, approval: Approval) -> None:
    with transaction(conn):
        conn.execute("INSERT INTO approvals (issue_date, kind, by, at, fingerprint, snapshot) "
                     "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (issue_date, kind) DO UPDATE SET by = excluded.by, "
                     "at = excluded.at, fingerprint = excluded.fingerprint, snapshot = excluded.snapshot",
                     (approval.day.isoformat(), approval.kind, approval.by, approval.at, approval.fingerprint,
                      json.dumps(approval.snapshot)))


def get(conn: Connection, day: date, kind: str = "approval") -> Approval | None:
    row = conn.execute("SELECT * FROM approvals WHERE issue_date = ? AND kind = ?", (day.isoformat(), kind)).fetchone()
    if row is None:
        return None
    return Approval(day, kind, row["by"], row["at"], row["fingerprint"], json.loads(row["snapshot"]))


def current_job(ws: Workspace, day: date):
    """The job a send would deliver now (built when dist/ is not current)."""
    from newsletter.deliver.send import prepare

    return prepare(ws, day, force=True)


def approve(ws: Workspace, conn: Connection, day: date, by: str | None = None) -> Approval:
    """Sign off the issue of `day` as it would be sent now."""
    from newsletter.compose import refuse_sent

    refuse_sent(conn, day)
    job = current_job(ws, day)
    shot = snapshot(ws, day, job)
    approval = Approval(day, "approval", by or who(), clock.stamp(), shot["fingerprint"], shot)
    _save(conn, approval)
    return approval


def _moves(old: list[dict], new: list[dict]) -> list[str]:
    common = {i["id"] for i in old} & {i["id"] for i in new}
    before = {i["id"]: (i["section"], n) for n, i in enumerate(x for x in old if x["id"] in common)}
    out = []
    for n, item in enumerate(x for x in new if x["id"] in common):
        section, position = before[item["id"]]
        if section != item["section"]:
            out.append(f"moved {item['id']} from {section} to {item['section']}")
        elif position != n:
            out.append(f"moved {item['id']} within {section} (#{position + 1} → #{n + 1})")
    return out


def changes(old: dict, new: dict) -> list[str]:
    """What changed between two snapshots, one phrase per change."""
    out = []
    old_ids, new_ids = [i["id"] for i in old["items"]], [i["id"] for i in new["items"]]
    titles = {i["id"]: i["title"] for i in old["items"] + new["items"]}
    out += [f"added {i} ({titles[i]})" for i in new_ids if i not in old_ids]
    out += [f"removed {i} ({titles[i]})" for i in old_ids if i not in new_ids]
    out += _moves(old["items"], new["items"])
    for key in ("subject", "preheader"):
        if old[key] != new[key]:
            out.append(f"{key}: '{old[key]}' → '{new[key]}'")
    if old["intro"] != new["intro"]:
        out.append("intro changed")
    if old["lead"] != new["lead"]:
        out.append(f"lead: {old['lead']} → {new['lead']}")
    out += _template_changes(old, new)
    if old["config"] != new["config"]:
        out.append("newsletter.toml changed")
    if not out and old["fingerprint"] != new["fingerprint"]:
        out.append("the built email changed (a new release of the tool or of what it builds with)")
    return out


def _template_changes(old: dict, new: dict) -> list[str]:
    """Which template files changed, by name: a README dropped into templates/ is seen to be only that (a snapshot
    from before the files were named says `template changed`)."""
    if "templates" not in old:
        return ["template changed"] if old["theme"] != new["theme"] else []
    before, after = old["templates"], new["templates"]
    return ([f"template added: {name}" for name in after if name not in before]
            + [f"template removed: {name}" for name in before if name not in after]
            + [f"template changed: {name}" for name in after if name in before and before[name] != after[name]])


@dataclass
class Diff:
    against: Approval | None
    changes: list[str]
    same: bool


def diff(ws: Workspace, conn: Connection, day: date, job=None, against: str | None = None) -> Diff:
    """The issue now against its approval (or, with none or when asked, the last test send)."""
    kinds = [against] if against else ["approval", "test"]
    base = next((a for a in (get(conn, day, k) for k in kinds) if a is not None), None)
    if base is None:
        return Diff(None, [], False)
    now = snapshot(ws, day, job or current_job(ws, day))
    return Diff(base, changes(base.snapshot, now), now["fingerprint"] == base.fingerprint)


def require(ws: Workspace, conn: Connection, day: date, job, provider, test: bool) -> None:
    """The sign-off step of a send: a test send is remembered; a real one needs an approval of exactly this job."""
    if test:
        shot = snapshot(ws, day, job)
        _save(conn, Approval(day, "test", who(), clock.stamp(), shot["fingerprint"], shot))
        return
    if not provider.records or not ws.config.delivery.require_approval:
        return
    approval = get(conn, day)
    if approval is None:
        raise NotApprovedError(f"the issue of {day} is not approved: review it (`newsletter preview`, a test send) "
                               f"and run `newsletter issue approve {day}` ([delivery] require_approval)")
    if fingerprint(job) != approval.fingerprint:
        found = changes(approval.snapshot, snapshot(ws, day, job))
        raise NotApprovedError(f"the issue of {day} changed after {approval.by} approved it at {approval.at}: "
                               f"{'; '.join(found)}; review it (`newsletter issue diff {day}`) and approve it again")


def describe(approval: Approval | None) -> str:
    if approval is None:
        return "not approved"
    return f"{'approval' if approval.kind == 'approval' else 'test send'} by {approval.by} at {approval.at}"

