from __future__ import annotations

import sys

from tools.api_docs import main

sys.exit(main(sys.argv[1:]))
