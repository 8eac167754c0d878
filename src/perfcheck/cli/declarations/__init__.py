"""Each command's declaration, a module each: a run imports only the one it runs (cli/root.py)."""
