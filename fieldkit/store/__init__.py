"""The encrypted SQLite store (SQLCipher through sqlite-utils)."""
