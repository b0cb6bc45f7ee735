"""The SendGrid event webhook (newsletter/web/events.py through the app): every body that is not a signed, fresh
list of event objects is refused with its reason and changes nothing; events it cannot use are counted, not
applied. In-process through Starlette's TestClient (test_web.py covers the same endpoint over real HTTP)."""

from __future__ import annotations

import base64
import json
import time

import pytest
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec

from newsletter.deliver import subscribers
from tests.conftest import set_config

pytestmark = pytest.mark.filterwarnings("ignore:Using `httpx` with `starlette.testclient`")

SIGNATURE = "X-Twilio-Email-Event-Webhook-Signature"
TIMESTAMP = "X-Twilio-Email-Event-Webhook-Timestamp"


def TestClient(app):  # imported late: importing it warns about httpx, filtered above for this module
    from starlette.testclient import TestClient

    return TestClient(app)


def new_key():
    private = ec.generate_private_key(ec.SECP256R1())
    public = private.public_key().public_bytes(serialization.Encoding.DER,
                                               serialization.PublicFormat.SubjectPublicKeyInfo)
    return private, base64.b64encode(public).decode()


def signed(private, body: bytes, stamp: str | None = None) -> dict:
    stamp = stamp or str(int(time.time()))
    signature = private.sign(stamp.encode() + body, ec.ECDSA(hashes.SHA256()))
    return {SIGNATURE: base64.b64encode(signature).decode(), TIMESTAMP: stamp}


@pytest.fixture(scope="module")
def key():
    return new_key()


@pytest.fixture
def hook(ws, key):
    """post(body, headers=None) -> response, against the app with the webhook key configured; one active reader."""
    from newsletter.web.app import create_app

    set_config(ws, "web.sendgrid_webhook_public_key", key[1])
    subscribers.upsert(ws.connect(), "reader@example.com", "Reader")
    client = TestClient(create_app(ws))

    def post(body: bytes, headers: dict | None = None):
        return client.post("/events/sendgrid", content=body, headers=signed(key[0], body) if headers is None
                           else headers)

    post.ws = ws
    return post


def status(ws, address="reader@example.com") -> str:
    return subscribers.get(ws.connect(), address).status


def test_not_configured_is_a_503(ws, key):
    from newsletter.web.app import create_app

    body = b"[]"
    response = TestClient(create_app(ws)).post("/events/sendgrid", content=body, headers=signed(key[0], body))
    assert response.status_code == 503 and response.json() == {"error": "the event webhook is not configured"}


BOUNCE = json.dumps([{"email": "reader@example.com", "event": "bounce", "sg_event_id": "b1"}]).encode()


@pytest.mark.parametrize(("headers", "reason"), [
    ({}, "missing signature"),
    ({TIMESTAMP: str(int(time.time()))}, "missing signature"),
    ({SIGNATURE: "c2ln", TIMESTAMP: "soon"}, "bad timestamp"),
    ({SIGNATURE: "c2ln", TIMESTAMP: str(int(time.time()) - 3600)}, "stale timestamp"),
    ({SIGNATURE: "c2ln", TIMESTAMP: str(int(time.time()) + 3600)}, "stale timestamp"),
    ({SIGNATURE: "not base64 at all!", TIMESTAMP: str(int(time.time()))}, "bad signature"),
    ("another key", "bad signature"),
    ("a replayed signature", "bad signature"),
], ids=["none", "no-signature", "bad-timestamp", "old", "future", "garbage", "other-key", "other-timestamp"])
def test_unsigned_or_stale_requests_are_401_and_change_nothing(hook, key, headers, reason):
    if headers == "another key":
        headers = signed(new_key()[0], BOUNCE)
    elif headers == "a replayed signature":  # a valid signature, moved to another timestamp
        headers = {**signed(key[0], BOUNCE, str(int(time.time()) - 5)), TIMESTAMP: str(int(time.time()))}
    response = hook(BOUNCE, headers)
    assert (response.status_code, response.json()) == (401, {"error": reason})
    assert status(hook.ws) == "active"


def test_a_signature_over_a_changed_body_is_refused(hook, key):
    headers = signed(key[0], BOUNCE)
    tampered = BOUNCE.replace(b"bounce", b"spamreport")
    assert hook(tampered, headers).status_code == 401 and status(hook.ws) == "active"


@pytest.mark.parametrize(("body", "reason"), [
    (b"not json", "body is not JSON"),
    (b"\xff\xfe[]", "bad signature"),  # not UTF-8: not what was signed as text
    (b"[" * 100_000 + b"]" * 100_000, "body is not JSON"),  # nesting deep enough to exhaust the parser
    (b'{"email": "reader@example.com", "event": "bounce"}', "expected a JSON array of events"),
    (b'"bounce"', "expected a JSON array of events"),
    (b'[{"email": "reader@example.com", "event": "bounce"}, ["bounce"]]', "event 1: expected an object"),
    (b'[{"email": "reader@example.com", "event": "bounce", "timestamp": true}]',
     "event 0: 'timestamp' must be a number"),
    (b'[{"email": "reader@example.com", "event": "bounce", "sg_event_id": 1}]',
     "event 0: 'sg_event_id' must be a string"),
], ids=["text", "latin", "deep", "object", "string", "nested-list", "bool-timestamp", "number-id"])
def test_signed_bodies_that_are_not_event_lists_are_refused_whole(hook, body, reason):
    response = hook(body)
    expected = 401 if reason == "bad signature" else 400
    assert (response.status_code, response.json()) == (expected, {"error": reason})
    assert status(hook.ws) == "active"


def test_a_body_over_the_limit_is_413_before_any_check(hook):
    from newsletter.web.app import WEBHOOK_LIMIT

    response = hook(b"[" + b" " * WEBHOOK_LIMIT + b"]", {})
    assert response.status_code == 413 and status(hook.ws) == "active"


def test_events_without_a_usable_address_are_ignored_and_repeats_counted_once(hook):
    events = [
        {"event": "bounce", "sg_event_id": "n1"},  # no address
        {"email": "", "event": "bounce", "sg_event_id": "n2"},
        {"email": "not an address", "event": "bounce", "sg_event_id": "n3"},
        {"email": "reader@example.com", "event": "open", "timestamp": 1700000000},  # no id: made from the fields
        {"email": "READER@example.com", "event": "open", "timestamp": 1700000000},  # the same event again
        {"email": "reader@example.com", "event": "delivered", "sg_event_id": "d1"},
    ]
    body = json.dumps(events).encode()
    response = hook(body)
    assert response.status_code == 200
    assert response.json() == {"processed": 2, "duplicates": 1, "ignored": 3}
    assert status(hook.ws) == "active"  # opens and deliveries change nothing
    again = hook(body)
    assert again.json() == {"processed": 0, "duplicates": 3, "ignored": 3}


def test_a_milder_event_never_undoes_a_complaint(hook):
    complaint = json.dumps([{"email": "reader@example.com", "event": "spamreport", "sg_event_id": "s1"}]).encode()
    assert hook(complaint).status_code == 200 and status(hook.ws) == "complained"
    assert hook(BOUNCE).json() == {"processed": 1, "duplicates": 0, "ignored": 0}
    assert status(hook.ws) == "complained"


def test_a_complaint_from_an_address_not_on_the_list_is_kept_as_a_suppression(hook, tmp_path):
    """A test copy's reader (not on the list) who marks it as spam: kept, so no later import mails them."""
    from newsletter.deliver import subscriber_csv

    events = [{"email": "Outsider@Example.org", "event": "spamreport", "sg_event_id": "o1"},
              {"email": "other@example.org", "event": "open", "sg_event_id": "o2"}]
    assert hook(json.dumps(events).encode()).json() == {"processed": 2, "duplicates": 0, "ignored": 0}
    assert status(hook.ws, "outsider@example.org") == "complained"
    assert subscribers.get(hook.ws.connect(), "other@example.org") is None  # an open records nobody
    listing = tmp_path / "list.csv"
    listing.write_text("email,name\noutsider@example.org,Out Sider\n")
    subscriber_csv.import_csv(hook.ws.connect(), listing)
    assert status(hook.ws, "outsider@example.org") == "complained"
