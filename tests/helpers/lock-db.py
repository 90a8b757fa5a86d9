"""Test helper: `python3 lock-db.py <file>` makes a SQLite database (in rollback-journal mode)
unreachable to every other process, as a stuck writer or a dead disk would, until it is killed:
an exclusive lock held by a connection in exclusive locking mode. Prints "locked" once it holds it.

Python's sqlite3, not a Node client: libsql's Node binding drops the process's POSIX lock when it
closes another handle on the same file, so its lock did not hold."""
import sqlite3
import sys
import time

connection = sqlite3.connect(sys.argv[1], timeout=30, isolation_level=None)
connection.execute("pragma locking_mode = exclusive")
connection.execute("begin exclusive")
connection.execute("select count(*) from tenants").fetchall()
print("locked", flush=True)
while True:
    time.sleep(60)
