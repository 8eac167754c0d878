"""`python -m perfcheck` runs the command line."""

from perfcheck.entry import main

main()
