"""Render the OpenAPI document into one self-contained HTML page (`make docs`).

    python -m tools.api_docs openapi/ecwid-customers.yaml reports/api-reference.html

The page embeds the document (as JSON) and Redoc 2's standalone bundle (`redoc`, pinned in
package.json), so it opens offline, from disk, with every operation, schema and response on
one scrolling page. Redoc 3, which `redocly build-docs` 2.x ships, shows one section per
client-side route: opened from disk it showed only the overview (see tests/docs).
"""

from __future__ import annotations

import html
import json
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
BUNDLE = ROOT / "node_modules" / "redoc" / "bundles" / "redoc.standalone.js"
OPTIONS = {"disableSearch": False, "expandResponses": "all", "hideDownloadButton": False, "pathInMiddlePanel": True}

PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<style>body {{ margin: 0; padding: 0; }}</style>
</head>
<body>
<div id="redoc-container"></div>
<script>{bundle}</script>
<script>
Redoc.init({spec}, {options}, document.getElementById("redoc-container"));
</script>
</body>
</html>
"""


def _script_json(value: object) -> str:
    """JSON safe inside <script>: no `</script>` or `<!--` can close or open anything."""
    return json.dumps(value, ensure_ascii=True).replace("<", "\\u003c").replace(">", "\\u003e")


def render(spec_path: Path, bundle: Path = BUNDLE) -> str:
    document = yaml.safe_load(spec_path.read_text(encoding="utf-8"))
    script = bundle.read_text(encoding="utf-8").replace("</script", "<\\/script")
    title = html.escape(str(document.get("info", {}).get("title", "API reference")))
    return PAGE.format(title=title, bundle=script, spec=_script_json(document), options=_script_json(OPTIONS))


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print("usage: python -m tools.api_docs SPEC OUTPUT", file=sys.stderr)
        return 2
    if not BUNDLE.is_file():
        print(f"api_docs: {BUNDLE} is missing: run `make setup` (npm ci)", file=sys.stderr)
        return 1
    out = Path(argv[1])
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(render(Path(argv[0])), encoding="utf-8")
    print(f"api_docs: wrote {out} ({out.stat().st_size // 1024} KiB)")
    return 0
