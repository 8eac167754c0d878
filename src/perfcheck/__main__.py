"""`python -m perfcheck` runs the command line."""

from perfcheck.cli import main

main()
