"""The control API: drive the mock from tests in any language, under `/__mock/` (a prefix the
Ecwid API never uses).

    GET  /__mock/state                     every customer and group, and the languages (a seed)
    POST /__mock/reset[?to=seed]           forget everything (or go back to the last seed)
    POST /__mock/seed[?mode=merge]         load a seed (JSON body; `replace` by default)
    GET  /__mock/requests[?limit=N]        the request journal, newest last (no tokens)
    GET  /__mock/settings                  {"rateLimit", "rateWindow", "failRate"}
    PUT  /__mock/settings                  change any of them at run time

With a `control_token` every call needs `Authorization: Bearer <control token>` (403
otherwise). `ecwid-mock` serves it without a token only on a loopback address; elsewhere
only with `--control-token`. Errors are the spec's `Error` body, like the API's.
"""

from __future__ import annotations

import hmac
import json
import math
from collections.abc import Callable

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from ._errors import ControlForbiddenError, NoSeedError, SeedError, WrongParameterError
from ._http import bearer_token
from ._limits import FaultInjector, RateLimiter
from ._logging import JOURNAL_SIZE
from ._seed import read_seed
from ._spec import Spec
from ._store import CustomerStore

PREFIX = "/__mock"
Respond = Callable[..., JSONResponse]


def routes(
    store: CustomerStore,
    spec: Spec,
    limiter: RateLimiter,
    faults: FaultInjector,
    respond: Respond,
    token: str | None,
) -> list[Route]:
    """The control API's routes, answering through `respond` (the app's JSON response class)."""

    def guard(request: Request) -> None:
        if token is None:
            return
        given = bearer_token(request.headers.get("authorization", "")) or ""
        if not hmac.compare_digest(given.encode(), token.encode()):
            raise ControlForbiddenError

    async def state(request: Request) -> Response:
        guard(request)
        return respond(store.dump())

    async def reset(request: Request) -> Response:
        guard(request)
        to = request.query_params.get("to", "empty")
        if to not in ("empty", "seed"):
            raise WrongParameterError(f'Parameter \'to\' must be "empty" or "seed", got {json.dumps(to[:50])}')
        if to == "seed" and store.seed is None:
            raise NoSeedError
        store.reset(to_seed=to == "seed")
        store.journal.clear()
        return respond({"reset": to, "customers": len(store)})

    async def seed(request: Request) -> Response:
        guard(request)
        mode = request.query_params.get("mode", "replace")
        if mode not in ("replace", "merge"):
            raise WrongParameterError(f'Parameter \'mode\' must be "replace" or "merge", got {json.dumps(mode[:50])}')
        try:
            data = json.loads(await request.body())
            store.load_seed(read_seed(data, spec), "merge" if mode == "merge" else "replace")
        except (ValueError, RecursionError):
            raise WrongParameterError("The seed is not valid JSON") from None
        except SeedError as exc:
            raise WrongParameterError(f"Seed: {exc}") from None
        return respond({"loaded": mode, "customers": len(store)})

    async def requests(request: Request) -> Response:
        guard(request)
        raw = request.query_params.get("limit", "100")
        if not raw.isascii() or not raw.isdigit() or len(raw) > 5 or int(raw) > JOURNAL_SIZE:
            raise WrongParameterError(f"Parameter 'limit' must be an integer from 0 to {JOURNAL_SIZE}")
        return respond({"requests": store.journal.last(int(raw))})

    async def settings(request: Request) -> Response:
        guard(request)
        if request.method == "PUT":
            _change(limiter, faults, await request.body())
        return respond({"rateLimit": limiter.limit, "rateWindow": limiter.window, "failRate": faults.rate})

    return [
        Route(f"{PREFIX}/state", state, methods=["GET"]),
        Route(f"{PREFIX}/reset", reset, methods=["POST"]),
        Route(f"{PREFIX}/seed", seed, methods=["POST"]),
        Route(f"{PREFIX}/requests", requests, methods=["GET"]),
        Route(f"{PREFIX}/settings", settings, methods=["GET", "PUT"]),
    ]


def _change(limiter: RateLimiter, faults: FaultInjector, raw: bytes) -> None:
    """Apply a settings body: all of it, or none of it (400 naming the field)."""
    try:
        body = json.loads(raw)
    except (ValueError, RecursionError):
        raise WrongParameterError("The settings are not valid JSON") from None
    if not isinstance(body, dict):
        raise WrongParameterError("The settings are an object: rateLimit, rateWindow, failRate")
    unknown = sorted(str(key) for key in body if key not in ("rateLimit", "rateWindow", "failRate"))
    if unknown:
        raise WrongParameterError(f"Unknown setting(s) {', '.join(unknown)}: known are rateLimit, rateWindow, failRate")
    limit, window, rate = (
        body.get("rateLimit", limiter.limit),
        body.get("rateWindow", limiter.window),
        body.get("failRate", faults.rate),
    )
    if isinstance(limit, bool) or not isinstance(limit, int) or limit < 0:
        raise WrongParameterError("Field 'rateLimit' must be an integer >= 0 (0 turns the limit off)")
    if isinstance(window, bool) or not isinstance(window, int | float) or not 0 < window < math.inf:
        raise WrongParameterError("Field 'rateWindow' must be a number of seconds > 0")
    if isinstance(rate, bool) or not isinstance(rate, int | float) or not 0 <= rate <= 1:
        raise WrongParameterError("Field 'failRate' must be a number from 0 to 1")
    limiter.limit, limiter.window, faults.rate = limit, float(window), float(rate)
