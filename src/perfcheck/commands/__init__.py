"""The commands: each takes its typed request from the command line and runs it."""
