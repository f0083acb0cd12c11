"""Tidy tables that analysis and outputs read: interviews, people named, ties, quotes."""
