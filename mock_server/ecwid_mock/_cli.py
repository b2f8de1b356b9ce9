"""`ecwid-mock`: serve the mock. Token values are never printed."""

from __future__ import annotations

import argparse
import functools
import logging
import math
import sys
import time
from collections.abc import Callable, Collection, Sequence

import uvicorn

from ._app import DEFAULT_SCOPES, DEFAULT_STORE_ID, create_app
from ._errors import SeedError, SpecError, StoreDataError
from ._http import server_options
from ._proxy import create_proxy_app
from ._sandbox import control_allowed, open_store
from ._spec import DEFAULT_SPEC_PATH
from ._spec import load as load_spec
from ._store import DEFAULT_LANGUAGES


def parse_token(value: str, known: Collection[str] = DEFAULT_SCOPES) -> tuple[str, list[str]]:
    """`TOKEN=scope,scope` -> (token, scopes); a clear error, never echoing the token, otherwise.

    `known` is every scope the document's operations ask for (`main` reads them from --spec).
    """
    token, sep, scopes = value.partition("=")
    if not sep or not token.strip():
        raise argparse.ArgumentTypeError("expected TOKEN=scope[,scope...], e.g. secret_abc=read_customers")
    names = [s.strip() for s in scopes.split(",") if s.strip()]
    unknown = sorted(set(names) - set(known))
    if unknown:
        raise argparse.ArgumentTypeError(f"unknown scope(s) {', '.join(unknown)}; known: {', '.join(sorted(known))}")
    return token.strip(), names


def _fraction(value: str) -> float:
    try:
        number = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a number between 0 and 1, got {value!r}") from None
    if not 0.0 <= number <= 1.0:
        raise argparse.ArgumentTypeError(f"expected a number between 0 and 1, got {value}")
    return number


def _seconds(value: str) -> float:
    try:
        number = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a number of seconds > 0, got {value!r}") from None
    if not 0 < number < math.inf:
        raise argparse.ArgumentTypeError(f"expected a number of seconds > 0, got {value}")
    return number


def _int_in(low: int, high: int | None = None) -> Callable[[str], int]:
    def parse(value: str) -> int:
        try:
            number = int(value)
        except ValueError:
            raise argparse.ArgumentTypeError(f"expected an integer, got {value!r}") from None
        if number < low or (high is not None and number > high):
            bound = f"between {low} and {high}" if high is not None else f">= {low}"
            raise argparse.ArgumentTypeError(f"expected an integer {bound}, got {value}")
        return number

    return parse


def _languages(given: list[str] | None) -> list[str] | None:
    """--language values: None (every code) for '*', the default `en` when none is given."""
    if not given:
        return list(DEFAULT_LANGUAGES)
    codes = [code.strip() for value in given for code in value.split(",") if code.strip()]
    return None if "*" in codes else codes


def build_parser(scopes: Collection[str] = DEFAULT_SCOPES) -> argparse.ArgumentParser:
    """The command line; `scopes` are the names --token accepts."""
    parser = argparse.ArgumentParser(
        prog="ecwid-mock", description="A stateful mock of Ecwid's REST API v3 customer endpoints."
    )
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    parser.add_argument("--port", type=_int_in(0, 65535), default=4010, help="port to listen on (default 4010)")
    parser.add_argument(
        "--store-id", type=_int_in(1), default=DEFAULT_STORE_ID, help="the store the tokens belong to (default 1003)"
    )
    parser.add_argument(
        "--token",
        action="append",
        type=functools.partial(parse_token, known=tuple(scopes)),
        metavar="TOKEN=SCOPES",
        help="a token and its comma-separated scopes (repeatable; default: secret_test with all three)",
    )
    parser.add_argument(
        "--language",
        action="append",
        metavar="CODE",
        help="a language enabled in the store (repeatable; default en); '*' enables every code",
    )
    parser.add_argument("--rate-limit", type=_int_in(0), default=600, help="requests per window per token, 0 = off")
    parser.add_argument("--rate-window", type=_seconds, default=60.0, help="the rate-limit window in seconds")
    parser.add_argument("--fail-rate", type=_fraction, default=0.0, help="fraction of requests answered 500/503")
    parser.add_argument("--seed", type=int, default=None, help="seed for --fail-rate")
    parser.add_argument("--spec", default=None, help=f"OpenAPI document (default {DEFAULT_SPEC_PATH})")
    parser.add_argument("--log-level", default="info", choices=["debug", "info", "warning", "error"])
    sandbox = parser.add_argument_group("sandbox")
    sandbox.add_argument(
        "--data", metavar="PATH", help="keep customers and groups in this SQLite file (default: memory)"
    )
    sandbox.add_argument("--seed-file", metavar="FILE", help="load customers, groups, languages, tokens (JSON or YAML)")
    sandbox.add_argument(
        "--seed-mode",
        choices=["replace", "merge"],
        help="how --seed-file meets a --data file that holds data already (refused without this)",
    )
    sandbox.add_argument(
        "--control-token",
        metavar="TOKEN",
        help="require this token for the control API /__mock/ (served without one only on a loopback address)",
    )
    proxy = parser.add_argument_group("validating proxy (instead of the mock; the mock's options are ignored)")
    proxy.add_argument("--upstream", metavar="URL", help="forward to this API base, e.g. https://app.ecwid.com/api/v3")
    proxy.add_argument("--report", metavar="PATH", help="JSON Lines findings of --upstream (violations, drift)")
    proxy.add_argument("--upstream-timeout", type=_seconds, default=30.0, help="seconds per upstream answer (30)")
    return parser


def _document_scopes(argv: Sequence[str] | None) -> tuple[list[str] | None, str | None]:
    """The scopes the document given by --spec asks for, or the reason it cannot be read."""
    early = argparse.ArgumentParser(add_help=False)
    early.add_argument("--spec", default=None)
    known, _ = early.parse_known_args(argv)
    try:
        spec = load_spec(known.spec)
    except SpecError as exc:
        return None, str(exc)
    return sorted({scope for operation in spec.operations.values() for scope in operation.scopes}), None


def main(argv: Sequence[str] | None = None) -> int:
    scopes, problem = _document_scopes(argv)
    parser = build_parser(scopes or DEFAULT_SCOPES)
    args = parser.parse_args(argv)
    if problem is not None:
        parser.exit(2, f"ecwid-mock: error: {problem}\n")
    if (args.upstream is None) != (args.report is None):
        parser.exit(2, "ecwid-mock: error: --upstream and --report go together\n")
    logging.basicConfig(level=args.log_level.upper(), format="%(asctime)s %(name)s %(message)s")
    if args.upstream is not None:
        return _serve_proxy(parser, args)
    started = time.perf_counter()
    try:
        spec = load_spec(args.spec)
        store, seed = open_store(
            spec,
            data=args.data,
            seed_file=args.seed_file,
            seed_mode=args.seed_mode,
            languages=_languages(args.language),
            languages_given=bool(args.language),
        )
    except (SpecError, SeedError, StoreDataError) as exc:
        parser.exit(2, f"ecwid-mock: error: {exc}\n")
    tokens = dict(args.token) if args.token else (seed.tokens if seed is not None else None)
    control = control_allowed(args.host, args.control_token)
    try:
        app = create_app(
            spec_path=args.spec,
            store_id=args.store_id,
            tokens=tokens,
            rate_limit=args.rate_limit,
            rate_window=args.rate_window,
            fail_rate=args.fail_rate,
            seed=args.seed,
            store=store,
            control=control,
            control_token=args.control_token,
        )
    except (SpecError, ValueError) as exc:
        parser.exit(2, f"ecwid-mock: error: {exc}\n")
    count = len(tokens) if tokens else 1
    source = "--token" if args.token else "the seed"
    which = f"{count} token(s) from {source}" if tokens else f"the default test token ({', '.join(DEFAULT_SCOPES)})"
    languages = ", ".join(sorted(store.languages)) if store.languages is not None else "any"
    customers, groups = store.counts()
    kept = f"kept in {store.persisted_at}" if store.persisted_at else "in memory"
    api = "/__mock/" + (" (token required)" if args.control_token else "") if control else "off (needs --control-token)"
    limit = f"{args.rate_limit}/{args.rate_window:g}s per token" if args.rate_limit else "off"
    host = f"[{args.host}]" if ":" in args.host else args.host
    print(
        f"ecwid-mock: http://{host}:{args.port}/api/v3 store {args.store_id}, {which}, "
        f"languages {languages}, rate limit {limit}, fail rate {args.fail_rate:g}; {customers} customer(s) and "
        f"{groups} group(s) {kept}; control API {api} (ready in {time.perf_counter() - started:.2f} s)",
        flush=True,
    )
    try:
        uvicorn.run(app, **server_options(), host=args.host, port=args.port, log_level=args.log_level, access_log=False)
    finally:
        store.close()
    return 0


def _serve_proxy(parser: argparse.ArgumentParser, args: argparse.Namespace) -> int:
    """Run the validating proxy until stopped; print its summary on the way out."""
    try:
        app = create_proxy_app(args.upstream, report=args.report, spec_path=args.spec, timeout=args.upstream_timeout)
    except (SpecError, ValueError, OSError) as exc:
        parser.exit(2, f"ecwid-mock: error: {exc}\n")
    # Printed at the lifespan's shutdown: after a signal, uvicorn re-raises it once it is done.
    app.on_close = lambda: print(app.report.summary(), flush=True)
    host = f"[{args.host}]" if ":" in args.host else args.host
    print(f"ecwid-mock proxy: http://{host}:{args.port}/api/v3 -> {app.upstream}, report {args.report}", flush=True)
    try:
        uvicorn.run(
            app,
            host=args.host,
            port=args.port,
            log_level=args.log_level,
            access_log=False,
            ws="none",
            lifespan="on",
            server_header=False,  # the upstream's Server and Date are the ones the caller gets
            date_header=False,
        )
    finally:
        app.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
