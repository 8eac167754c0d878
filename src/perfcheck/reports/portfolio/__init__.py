"""Rendering a portfolio: the terminal report (`text`), JSON, CSV and Markdown."""
