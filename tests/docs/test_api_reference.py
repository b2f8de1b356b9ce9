"""The rendered API reference (`make docs`) opened in real headless Chromium, offline."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--host-resolver-rules=MAP * ~NOTFOUND",  # no network: the page must render from itself
    "--virtual-time-budget=5000",
]


class _VisibleText(HTMLParser):
    """Text a reader sees: everything outside <script> and <style>."""

    def __init__(self) -> None:
        super().__init__()
        self.depth = 0
        self.parts: list[str] = []

    def handle_starttag(self, tag: str, attrs: Any) -> None:
        self.depth += tag in ("script", "style")

    def handle_endtag(self, tag: str) -> None:
        self.depth -= tag in ("script", "style")

    def handle_data(self, data: str) -> None:
        if not self.depth and data.strip():
            self.parts.append(data.strip())


@pytest.fixture(scope="module")
def page(tmp_path_factory: pytest.TempPathFactory) -> str:
    """reports/api-reference.html as built by scripts/docs, then as Chromium rendered it."""
    subprocess.run([str(ROOT / "scripts" / "docs")], check=True, capture_output=True, timeout=180)
    chromium = os.environ.get("CHROMIUM") or shutil.which("chromium")
    if chromium is None:
        pytest.fail("chromium is not installed: run scripts/_ensure-chromium (make test does)")
    profile = tmp_path_factory.mktemp("chromium-profile")
    url = (ROOT / "reports" / "api-reference.html").as_uri()
    done = subprocess.run(
        [chromium, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", "--dump-dom", url],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return done.stdout


def _visible(html: str) -> str:
    parser = _VisibleText()
    parser.feed(html)
    return "\n".join(parser.parts)


def test_api_reference_loads_no_script_from_the_network() -> None:
    html = (ROOT / "reports" / "api-reference.html").read_text(encoding="utf-8")
    assert not re.search(r"<script[^>]+src=", html)
    assert not re.search(r"""import[^;]{0,200}from\s*["']https?://""", html)


def test_api_reference_renders_the_overview_in_chromium(page: str, spec: dict[str, Any]) -> None:
    text = _visible(page)
    assert spec["info"]["title"] in text
    assert "INSUFFICIENT_APP_SCOPE" in text  # from the description, rendered as markdown


def test_api_reference_shows_every_operation_and_error_status(page: str, spec: dict[str, Any]) -> None:
    text = _visible(page)
    operations = [op for item in spec["paths"].values() for op in item.values() if isinstance(op, dict)]
    summaries = [op["summary"] for op in operations if "operationId" in op]
    statuses = sorted({code for op in operations for code in op.get("responses", {}) if code[0] in "45"})
    assert summaries
    assert {"403", "409", "429"} <= set(statuses)
    missing = [s for s in summaries if s not in text] + [s for s in statuses if not re.search(rf"\b{s}\b", text)]
    assert not missing, f"not on the rendered page: {missing}"
