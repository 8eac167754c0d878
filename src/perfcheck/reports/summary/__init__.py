"""The review pack (`perfcheck summary`): Markdown, self-contained HTML, Excel.

Each format renders the same Summary, so every format carries the same facts.
"""
