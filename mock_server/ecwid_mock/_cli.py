"""`ecwid-mock`: serve the mock. Token values are never printed."""

from __future__ import annotations

import argparse
import logging
import sys
import time
from collections.abc import Callable, Sequence

import uvicorn

from ._app import DEFAULT_SCOPES, DEFAULT_STORE_ID, create_app
from ._errors import SpecError
from ._spec import DEFAULT_SPEC_PATH

KNOWN_SCOPES = ("create_customers", "read_customers", "update_customers")


def parse_token(value: str) -> tuple[str, list[str]]:
    """`TOKEN=scope,scope` -> (token, scopes), with a clear error for anything else."""
    token, sep, scopes = value.partition("=")
    if not sep or not token.strip():
        raise argparse.ArgumentTypeError("expected TOKEN=scope[,scope...], e.g. secret_abc=read_customers")
    names = [s.strip() for s in scopes.split(",") if s.strip()]
    unknown = sorted(set(names) - set(KNOWN_SCOPES))
    if unknown:
        raise argparse.ArgumentTypeError(f"unknown scope(s) {', '.join(unknown)}; known: {', '.join(KNOWN_SCOPES)}")
    return token.strip(), names


def _fraction(value: str) -> float:
    try:
        number = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a number between 0 and 1, got {value!r}") from None
    if not 0.0 <= number <= 1.0:
        raise argparse.ArgumentTypeError(f"expected a number between 0 and 1, got {value}")
    return number


def _non_negative(kind: type[int] | type[float]) -> Callable[[str], float]:
    def parse(value: str) -> float:
        try:
            number = kind(value)
        except ValueError:
            raise argparse.ArgumentTypeError(f"expected a {kind.__name__} >= 0, got {value!r}") from None
        if number < 0:
            raise argparse.ArgumentTypeError(f"expected a {kind.__name__} >= 0, got {value}")
        return number

    return parse


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="ecwid-mock", description="A stateful mock of Ecwid's REST API v3 customer endpoints."
    )
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=4010, help="port to listen on (default 4010)")
    parser.add_argument("--store-id", type=int, default=DEFAULT_STORE_ID, help="the store the tokens belong to")
    parser.add_argument(
        "--token",
        action="append",
        type=parse_token,
        metavar="TOKEN=SCOPES",
        help="a token and its comma-separated scopes (repeatable; default: secret_test with all three)",
    )
    parser.add_argument("--rate-limit", type=_non_negative(int), default=600, help="requests per window, 0 = off")
    parser.add_argument("--rate-window", type=_non_negative(float), default=60.0, help="window in seconds")
    parser.add_argument("--fail-rate", type=_fraction, default=0.0, help="fraction of requests answered 500/503")
    parser.add_argument("--seed", type=int, default=None, help="seed for --fail-rate")
    parser.add_argument("--spec", default=None, help=f"OpenAPI document (default {DEFAULT_SPEC_PATH})")
    parser.add_argument("--log-level", default="info", choices=["debug", "info", "warning", "error"])
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.rate_window <= 0:
        parser.error("--rate-window must be > 0")
    tokens = dict(args.token) if args.token else None
    logging.basicConfig(level=args.log_level.upper(), format="%(asctime)s %(name)s %(message)s")
    started = time.perf_counter()
    try:
        app = create_app(
            spec_path=args.spec,
            store_id=args.store_id,
            tokens=tokens,
            rate_limit=args.rate_limit,
            rate_window=args.rate_window,
            fail_rate=args.fail_rate,
            seed=args.seed,
        )
    except SpecError as exc:
        parser.exit(2, f"ecwid-mock: {exc}\n")
    count = len(tokens) if tokens else 1
    which = f"{count} token(s) from --token" if tokens else f"the default test token ({', '.join(DEFAULT_SCOPES)})"
    limit = f"{args.rate_limit}/{args.rate_window:g}s per token" if args.rate_limit else "off"
    print(
        f"ecwid-mock: http://{args.host}:{args.port}/api/v3 store {args.store_id}, {which}, "
        f"rate limit {limit}, fail rate {args.fail_rate:g} (ready in {time.perf_counter() - started:.2f} s)",
        flush=True,
    )
    uvicorn.run(app, host=args.host, port=args.port, log_level=args.log_level, access_log=False, ws="none")
    return 0


if __name__ == "__main__":
    sys.exit(main())
