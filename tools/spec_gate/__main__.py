"""Entry point: `python -m tools.spec_gate`."""

from __future__ import annotations

import sys

from tools.spec_gate._cli import main

sys.exit(main())
