"""Deliberately broken variants of the mock, each a factory with `create_app`'s keywords.

The contract suite must catch every one of them (`test_broken_servers.py`). They wrap the
real mock so that each breaks exactly one promise of the contract:

    ignores_auth            any token, or none, is accepted
    answers_401             403 answers become 401
    loses_writes            Update answers {"updateCount": 1} but stores nothing
    unknown_field_500       a body key the spec does not list gives 500
    wrong_type              Get answers `id` as a string
    drops_retry_after       429 answers lose their Retry-After header
    accepts_duplicate_email a second customer with a taken email is created
    search_ignores_a_filter Search customers ignores `countryCodes`
    pages_skip_a_customer   Search customers starts every page after the first one item late
    stale_group_name        a customer's `customerGroupName` is the group's name when it was assigned
    drops_address_note      `shippingAddresses[].note` is accepted, and thrown away
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any, ClassVar

from contract_tests import _spec
from ecwid_mock import CustomerStore, create_app

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

MASTER_TOKEN = "secret_broken_master"


class _Intercept:
    """Buffers one HTTP exchange so a subclass can rewrite the request or the response."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        body = b""
        while True:
            message = await receive()
            body += message.get("body", b"")
            if not message.get("more_body"):
                break
        shortcut = self.answer_instead(scope, body)
        if shortcut is not None:
            await _send_json(send, *shortcut)
            return
        scope = self.rewrite_request(scope)
        body = self.rewrite_body(scope, body)
        sent = False

        async def replay() -> Message:
            nonlocal sent
            if sent:
                return {"type": "http.disconnect"}
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}

        start: Message = {}
        chunks: list[bytes] = []

        async def capture(message: Message) -> None:
            if message["type"] == "http.response.start":
                start.update(message)
            elif message["type"] == "http.response.body":
                chunks.append(message.get("body", b""))
                if not message.get("more_body"):
                    status, headers, payload = self.rewrite_response(
                        scope, start["status"], list(start.get("headers", [])), b"".join(chunks)
                    )
                    headers = [(k, v) for k, v in headers if k.lower() != b"content-length"]
                    headers.append((b"content-length", str(len(payload)).encode()))
                    await send({"type": "http.response.start", "status": status, "headers": headers})
                    await send({"type": "http.response.body", "body": payload})

        await self.app(scope, replay, capture)

    def answer_instead(self, scope: Scope, body: bytes) -> tuple[int, Any] | None:
        return None

    def rewrite_request(self, scope: Scope) -> Scope:
        return scope

    def rewrite_body(self, scope: Scope, body: bytes) -> bytes:
        return body

    def rewrite_response(
        self, scope: Scope, status: int, headers: list[tuple[bytes, bytes]], body: bytes
    ) -> tuple[int, list[tuple[bytes, bytes]], bytes]:
        return status, headers, body


async def _send_json(send: Send, status: int, payload: Any) -> None:
    data = json.dumps(payload).encode()
    headers = [(b"content-type", b"application/json; charset=utf-8"), (b"content-length", str(len(data)).encode())]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": data})


class _IgnoresAuth(_Intercept):
    def rewrite_request(self, scope: Scope) -> Scope:
        headers = [(k, v) for k, v in scope["headers"] if k.lower() != b"authorization"]
        headers.append((b"authorization", f"Bearer {MASTER_TOKEN}".encode()))
        return {**scope, "headers": headers}


def ignores_auth(**options: Any) -> ASGIApp:
    all_scopes = sorted({s for _, _, op in _spec.operations() for s in _spec.required_scopes(op["operationId"])})
    tokens = dict(options.pop("tokens", None) or {})
    tokens[MASTER_TOKEN] = all_scopes
    return _IgnoresAuth(create_app(tokens=tokens, **options))


class _Answers401(_Intercept):
    def rewrite_response(
        self, scope: Scope, status: int, headers: list[tuple[bytes, bytes]], body: bytes
    ) -> tuple[int, list[tuple[bytes, bytes]], bytes]:
        return (401 if status == 403 else status), headers, body


def answers_401(**options: Any) -> ASGIApp:
    return _Answers401(create_app(**options))


class _LosesWrites(_Intercept):
    def answer_instead(self, scope: Scope, body: bytes) -> tuple[int, Any] | None:
        return (200, {"updateCount": 1}) if scope["method"] == "PUT" else None


def loses_writes(**options: Any) -> ASGIApp:
    return _LosesWrites(create_app(**options))


class _UnknownField500(_Intercept):
    known: ClassVar[dict[str, set[str]]] = {
        "POST": set(_spec.properties(_spec.component("CustomerCreate"))),
        "PUT": set(_spec.properties(_spec.component("CustomerUpdate"))),
    }

    def answer_instead(self, scope: Scope, body: bytes) -> tuple[int, Any] | None:
        known = self.known.get(scope["method"])
        if known is None:
            return None
        try:
            data = json.loads(body)
        except ValueError:
            return None
        if isinstance(data, dict) and set(data) - known:
            return 500, {"errorMessage": "NullPointerException", "errorCode": "INTERNAL_ERROR"}
        return None


def unknown_field_500(**options: Any) -> ASGIApp:
    return _UnknownField500(create_app(**options))


class _WrongType(_Intercept):
    def rewrite_response(
        self, scope: Scope, status: int, headers: list[tuple[bytes, bytes]], body: bytes
    ) -> tuple[int, list[tuple[bytes, bytes]], bytes]:
        if scope["method"] == "GET" and status == 200:
            data = json.loads(body)
            if isinstance(data, dict) and "id" in data:
                data["id"] = str(data["id"])
                body = json.dumps(data).encode()
        return status, headers, body


def wrong_type(**options: Any) -> ASGIApp:
    return _WrongType(create_app(**options))


class _DropsRetryAfter(_Intercept):
    def rewrite_response(
        self, scope: Scope, status: int, headers: list[tuple[bytes, bytes]], body: bytes
    ) -> tuple[int, list[tuple[bytes, bytes]], bytes]:
        return status, [(k, v) for k, v in headers if k.lower() != b"retry-after"], body


def drops_retry_after(**options: Any) -> ASGIApp:
    return _DropsRetryAfter(create_app(**options))


class _DuplicateFriendlyStore(CustomerStore):
    def _email_taken(self, email: str, *, except_id: int | None = None) -> bool:
        return False


def accepts_duplicate_email(**options: Any) -> ASGIApp:
    return create_app(store=_DuplicateFriendlyStore(), **options)


class _SearchIgnoresAFilter(_Intercept):
    def rewrite_request(self, scope: Scope) -> Scope:
        if scope["method"] != "GET" or not scope["path"].endswith("/customers"):
            return scope
        query = b"&".join(p for p in scope["query_string"].split(b"&") if not p.startswith(b"countryCodes="))
        return {**scope, "query_string": query}


def search_ignores_a_filter(**options: Any) -> ASGIApp:
    return _SearchIgnoresAFilter(create_app(**options))


class _PagesSkipACustomer(_Intercept):
    def rewrite_request(self, scope: Scope) -> Scope:
        if scope["method"] != "GET" or not scope["path"].endswith("/customers"):
            return scope
        parts = []
        for part in scope["query_string"].split(b"&"):
            name, _, value = part.partition(b"=")
            if name == b"offset" and value.isdigit() and int(value) > 0:
                part = b"offset=" + str(int(value) + 1).encode()
                scope = {**scope, "asked_offset": int(value)}
            parts.append(part)
        return {**scope, "query_string": b"&".join(parts)}

    def rewrite_response(
        self, scope: Scope, status: int, headers: list[tuple[bytes, bytes]], body: bytes
    ) -> tuple[int, list[tuple[bytes, bytes]], bytes]:
        if "asked_offset" in scope and status == 200:  # the page says it starts where it was asked
            data = json.loads(body)
            if isinstance(data, dict) and "offset" in data:
                data["offset"] = scope["asked_offset"]
                body = json.dumps(data).encode()
        return status, headers, body


def pages_skip_a_customer(**options: Any) -> ASGIApp:
    return _PagesSkipACustomer(create_app(**options))


class _StaleGroupNameStore(CustomerStore):
    """Remembers each group's first name and shows customers that one forever."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.first_names: dict[int, str] = {}

    def create_group(self, body: dict[str, Any]) -> int:
        group_id = super().create_group(body)
        self.first_names[group_id] = body["name"]
        return group_id

    def _read(self, customer: dict[str, Any]) -> dict[str, Any]:
        answer = super()._read(customer)
        if answer.get("customerGroupId") in self.first_names:
            answer["customerGroupName"] = self.first_names[answer["customerGroupId"]]
        return answer


def stale_group_name(**options: Any) -> ASGIApp:
    return create_app(store=_StaleGroupNameStore(options.pop("languages", ("en",))), **options)


class _DropsAddressNote(_Intercept):
    def rewrite_body(self, scope: Scope, body: bytes) -> bytes:
        if scope["method"] not in ("POST", "PUT") or "/customers" not in scope["path"]:
            return body
        try:
            data = json.loads(body)
        except ValueError:
            return body
        if isinstance(data, dict) and isinstance(data.get("shippingAddresses"), list):
            for address in data["shippingAddresses"]:
                if isinstance(address, dict):
                    address.pop("note", None)
            return json.dumps(data).encode()
        return body


def drops_address_note(**options: Any) -> ASGIApp:
    return _DropsAddressNote(create_app(**options))


VARIANTS = {
    "ignores_auth": ignores_auth,
    "answers_401": answers_401,
    "loses_writes": loses_writes,
    "unknown_field_500": unknown_field_500,
    "wrong_type": wrong_type,
    "drops_retry_after": drops_retry_after,
    "accepts_duplicate_email": accepts_duplicate_email,
    "search_ignores_a_filter": search_ignores_a_filter,
    "pages_skip_a_customer": pages_skip_a_customer,
    "stale_group_name": stale_group_name,
    "drops_address_note": drops_address_note,
}
