"""Words of the review pack (the catalogue's summary.*), shared by every format."""

from __future__ import annotations

from perfcheck.text import words

LABELS = words("summary")
