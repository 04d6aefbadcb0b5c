#!/usr/bin/env bash
# Run the built bundle as a user would: `packaging/smoke.sh [dist/HomsQuotes]` (or `make smoke`).
# Nothing from the checkout is on its path and it gets a home folder of its own, so it
# proves the bundle carries what it needs. Needs only bash and python3 (to read JSON).
set -uo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
BUNDLE=$(cd "${1:-$ROOT/dist/HomsQuotes}" && pwd) || { echo "smoke: no bundle (run make dist)" >&2; exit 1; }
EXE="$BUNDLE/homsquotes"
SEED="$BUNDLE/_internal/homsquotes/data/seed-article.txt"
VERSION=$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' "$ROOT/homsquotes/appinfo.py")

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
cd "$WORK" || exit 1
export HOME="$WORK/home" XDG_CONFIG_HOME="$WORK/home/.config" XDG_DATA_HOME="$WORK/home/.local/share"
export HOMSQUOTES_CONFIG_DIR="$WORK/home/.config/homsquotes"
unset HOMSQUOTES_DB HOMSQUOTES_RESOURCES PYTHONPATH PYTHONHOME
mkdir -p "$HOME"

passed=0
failed=0
check() {  # check NAME COMMAND...: one line per step, and the output of a step that failed
    local name=$1
    shift
    if "$@" >"$WORK/out" 2>"$WORK/err"; then
        passed=$((passed + 1))
        echo "smoke: ok   $name"
    else
        failed=$((failed + 1))
        echo "smoke: FAIL $name"
        tail -n 20 "$WORK/out" "$WORK/err" | sed 's/^/    /'
    fi
}

version_is_right() {
    [ "$("$EXE" --version)" = "homsquotes $VERSION" ]
}

# The bundled seed gives quotations with speakers; the count must match what the
# checkout's extractor finds when a developer venv is there to ask, else at least 5.
seed_quotes_found() {
    "$EXE" extract "$SEED" --format json >"$WORK/seed.json" || return 1
    local expected=""
    if [ -x "$ROOT/.venv/bin/python" ]; then
        expected=$("$ROOT/.venv/bin/python" -c "
import sys
from homsquotes.core.extraction import extract
print(len(extract(open(sys.argv[1], encoding='utf-8').read()).quotes))" "$SEED") || return 1
    fi
    python3 - "$WORK/seed.json" "$expected" <<'EOF'
import json, sys
(record,) = json.load(open(sys.argv[1], encoding="utf-8"))
quotes = record["quotes"]
speakers = [q["speaker"] for q in quotes if q.get("speaker")]
print(f"{len(quotes)} quotes, {len(speakers)} with a speaker")
want = int(sys.argv[2]) if sys.argv[2] else None
sys.exit(0 if (len(quotes) == want if want is not None else len(quotes) >= 5) and speakers else 1)
EOF
}

# A fresh library, the window shown offscreen, closed by --quit-after-show: status 0.
gui_starts_and_quits() {
    QT_QPA_PLATFORM=offscreen "$EXE" gui --db "$WORK/gui.sqlite" --quit-after-show || return 1
    [ -s "$WORK/gui.sqlite" ]
}

html_article_imports() {
    cat >"$WORK/article.html" <<'EOF'
<!doctype html>
<html><head><meta charset="utf-8"><title>Harbour reopens after the storm</title></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Harbour reopens after the storm</h1>
<p>The harbour at Port Elin reopened on Tuesday, three days after the storm closed it.</p>
<p>"We lost two piers, but nobody was hurt," the harbour master, Ines Varga, said.</p>
<p>"Ferries will run to the old timetable from Friday," she told reporters at the quay.</p>
</article><footer>Subscribe to our newsletter</footer></body></html>
EOF
    "$EXE" --db "$WORK/lib.sqlite" import "$WORK/article.html" --publisher "Smoke Gazette" \
        --date 2024-05-01 || return 1
    "$EXE" --db "$WORK/lib.sqlite" list --search "nobody was hurt" --format jsonl >"$WORK/list.jsonl" || return 1
    python3 - "$WORK/list.jsonl" <<'EOF'
import json, sys
rows = [json.loads(line) for line in open(sys.argv[1], encoding="utf-8") if line.strip()]
print(rows)
sys.exit(0 if len(rows) == 1 and "Varga" in json.dumps(rows[0]) else 1)
EOF
}

# Four articles or more are extracted by worker processes: in a bundle those start from the
# bundled entry point, so this checks they work there too (with a bound, never a hang).
parallel_import_works() {
    mkdir -p "$WORK/many"
    for i in 1 2 3 4 5 6; do
        printf 'Harbour story %s\n\n"We lost pier %s, but nobody was hurt," the harbour master, Ines Varga, said.\n' \
            "$i" "$i" >"$WORK/many/article$i.txt"
    done
    timeout 600 "$EXE" --db "$WORK/many.sqlite" import "$WORK/many"/article*.txt || return 1
    [ "$("$EXE" --db "$WORK/many.sqlite" list --search "nobody was hurt" --format jsonl | wc -l)" -eq 6 ]
}

licence_list_ships() {
    grep -q "PySide6" "$BUNDLE/_internal/THIRD-PARTY-LICENCES.txt"
}

bad_input_is_one_line() {  # a missing file: exit 1, one line, no traceback
    ! "$EXE" extract "$WORK/missing.txt" 2>"$WORK/bad.err" >/dev/null || return 1
    [ "$(wc -l <"$WORK/bad.err")" -eq 1 ] && grep -q "missing.txt" "$WORK/bad.err" \
        && ! grep -q Traceback "$WORK/bad.err"
}

check "--version says homsquotes $VERSION" version_is_right
check "extract finds the seed's quotations" seed_quotes_found
check "gui opens a fresh library offscreen and quits with 0" gui_starts_and_quits
check "import of an HTML article" html_article_imports
check "import of six articles with worker processes" parallel_import_works
check "licence list ships in the bundle" licence_list_ships
check "bad input gives one line" bad_input_is_one_line

echo "smoke: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
