# Shared by every script in scripts/: run from the repository root, with the venv's bin
# first on PATH (the generator's ruff post-hooks need it there to be deterministic).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
export PATH="$ROOT/.venv/bin:$ROOT/node_modules/.bin:$PATH"
export PYTHONDONTWRITEBYTECODE=1
step() { echo "==> $*"; }
