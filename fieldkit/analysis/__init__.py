"""Descriptive statistics, network measures and coding of open answers."""
