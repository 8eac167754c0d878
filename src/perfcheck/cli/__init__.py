"""The command line: declarations in app.py, the process around them in process.py."""

from perfcheck.cli.app import app
from perfcheck.cli.process import main

__all__ = ["app", "main"]
