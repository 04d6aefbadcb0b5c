#!/usr/bin/env bash
# Build the wheel and install it, with its dependencies, into a brand-new venv, as
# `pip install homsquotes` or `pipx install .` would; then run it from outside the
# checkout. `packaging/check_wheel.sh` (CI runs it). Needs PyPI (or pip's cache) only.
# tests/cli/test_wheel_install.py is the quick offline version that `make test` runs.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
PYTHON=${PYTHON:-python3.11}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

"$ROOT/.venv/bin/python" -m pip wheel --quiet --no-deps --wheel-dir "$WORK/dist" "$ROOT"
WHEEL=$(ls "$WORK"/dist/homsquotes-*.whl)
"$PYTHON" -m venv "$WORK/venv"
"$WORK/venv/bin/python" -m pip install --quiet "$WHEEL"

cd "$WORK"  # nothing from the checkout on the path
export HOMSQUOTES_CONFIG_DIR="$WORK/config"
unset HOMSQUOTES_RESOURCES PYTHONPATH
want="homsquotes $(sed -n 's/^__version__ = "\(.*\)"$/\1/p' "$ROOT/homsquotes/appinfo.py")"
[ "$("$WORK/venv/bin/homsquotes" --version)" = "$want" ]
[ "$("$WORK/venv/bin/python" -m homsquotes --version)" = "$want" ]
SEED=$("$WORK/venv/bin/python" -c "from homsquotes import resources as r; print(r.resource_path(r.SEED_TEXT))")
case "$SEED" in "$WORK/venv/"*) ;; *) echo "check_wheel: seed found outside the venv: $SEED" >&2; exit 1 ;; esac
"$WORK/venv/bin/homsquotes" extract "$SEED" --format json >"$WORK/seed.json"
"$WORK/venv/bin/python" - "$WORK/seed.json" <<'PY'
import json, sys
(record,) = json.load(open(sys.argv[1], encoding="utf-8"))
quotes = record["quotes"]
print(f"check_wheel: {len(quotes)} quotes from the installed seed")
sys.exit(0 if len(quotes) >= 5 and all(q["text"] for q in quotes) else 1)
PY
echo "check_wheel: $(basename "$WHEEL") installs and runs ($want)"
