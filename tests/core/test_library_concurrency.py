"""Two connections on one file, the GUI's pattern: a worker thread writes while the window reads."""

import threading

from homsquotes.core.library import Library
from homsquotes.core.library.testing import integrity

ARTICLE = '"We will rebuild the bridge," the minister said.\n'


def test_new_file_opened_by_two_threads_at_once(tmp_path):
    path = tmp_path / "lib.sqlite"
    errors, created = [], []

    def open_it():
        try:
            with Library.open(path) as lib:
                created.append(lib.created)
        except Exception as exc:  # collected and asserted below
            errors.append(exc)

    threads = [threading.Thread(target=open_it) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == [] and sorted(created) == [False, False, False, True]
    assert integrity(path) == "ok"


def test_reader_sees_writes_of_another_connection(tmp_path):
    path = tmp_path / "lib.sqlite"
    with Library.open(path) as window:
        version = window.data_version()

        def worker():
            with Library.open(path) as lib:
                for i in range(5):
                    lib.import_text(f"Story {i}\n\n" + ARTICLE)

        thread = threading.Thread(target=worker)
        thread.start()
        while thread.is_alive():
            window.quote_ids()  # reads keep working during the import
        thread.join()
        assert window.count_articles() == 5
        assert window.data_version() != version
    assert integrity(path) == "ok"


def test_one_library_shared_by_two_threads(tmp_path):
    with Library.open(tmp_path / "lib.sqlite") as lib:
        lib.import_text(ARTICLE)
        qid = lib.quote_ids()[0]

        def edit(n):
            for i in range(20):
                lib.edit_quote(qid, note=f"{n}-{i}")

        threads = [threading.Thread(target=edit, args=(n,)) for n in range(2)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert len(lib.history(100)) == 40
        assert lib.integrity_check() == "ok"


def test_a_second_open_in_the_same_process_keeps_other_processes_in_step(tmp_path):
    """Opening the file again must not drop this process's SQLite locks: another process
    would then delete the write-ahead log and stop seeing the first connection's writes."""
    import subprocess
    import sys

    from homsquotes.core.model import ArticleMeta

    path = tmp_path / "lib.sqlite"
    count = (
        "import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); "
        "print(c.execute('select count(*) from articles').fetchone()[0]); c.close()"
    )

    def articles_seen_elsewhere() -> int:
        out = subprocess.run(
            [sys.executable, "-c", count, str(path)], capture_output=True, text=True, check=True
        )
        return int(out.stdout)

    with Library.open(path) as first:
        first.import_text(ARTICLE, ArticleMeta(title="one"))
        Library.open(path).close()
        assert articles_seen_elsewhere() == 1
        first.import_text(ARTICLE.replace("bridge", "school"), ArticleMeta(title="two"))
        assert articles_seen_elsewhere() == 2
    assert integrity(path) == "ok"


def test_a_new_file_another_connection_is_still_creating_is_finished_not_refused(tmp_path):
    import sqlite3

    path = tmp_path / "lib.sqlite"
    raw = sqlite3.connect(path)  # the library's own tables, no schema version yet
    raw.execute("CREATE TABLE articles (id INTEGER PRIMARY KEY)")
    raw.execute("CREATE TABLE quotes (id INTEGER PRIMARY KEY)")
    raw.commit()
    raw.close()
    with Library.open(path) as lib:
        assert lib.count_quotes() == 0
    assert integrity(path) == "ok"


def test_the_switch_to_wal_waits_out_another_connections_lock():
    import sqlite3

    from homsquotes.core.library import connection

    class Busy:
        """A connection whose journal-mode switch is refused twice, as SQLite refuses it while
        another connection holds a lock."""

        def __init__(self):
            self.mode, self.refusals = "delete", 2

        def execute(self, sql):
            if sql == "PRAGMA journal_mode = WAL":
                if self.refusals:
                    self.refusals -= 1
                    raise sqlite3.OperationalError("database is locked")
                self.mode = "wal"
            return self

        def fetchone(self):
            return (self.mode,)

    conn = Busy()
    connection._use_wal(conn)
    assert conn.mode == "wal" and conn.refusals == 0
