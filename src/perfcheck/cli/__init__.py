"""The command line: declarations in app.py, the process around them in main.py."""

from perfcheck.cli.app import app
from perfcheck.cli.main import main

__all__ = ["app", "main"]
