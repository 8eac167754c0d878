"""Every limit on what perfcheck reads, named in one place. Each is a setting (`limits:` in the
configuration) and each, when hit, is a diagnostic of its own (F003, F007, F004, F005, F017,
F016): a limit stops the reading of a file before the file can cost much time or memory.
A published table (`perfcheck import`) has limits of its own: its file size (F003), its size
unpacked (F020) and its cells (F024)."""

from typing import NamedTuple


class Limits(NamedTuple):
    max_bytes: int = 8 * 1024 * 1024  # per file; a real target file is a few dozen KB
    max_line_chars: int = 64 * 1024  # per line
    max_depth: int = 64  # nesting; a target file is five levels deep
    max_nodes: int = 250_000  # YAML nodes per file; 10,000 indicators make about 110,000
    max_indicators: int = 20_000  # per target file
    max_files: int = 100_000  # per run
    # a table file (xlsx, xls, ods, docx, csv, text); a 500-row xlsx is about 40 KB
    max_table_bytes: int = 64 * 1024 * 1024
    # a zipped table (xlsx, ods, docx) unpacked: a zip bomb stops here before it is inflated
    max_table_unzipped_bytes: int = 512 * 1024 * 1024
    max_table_cells: int = 2_000_000  # rows × columns over every table of one file


DEFAULTS = Limits()

# The largest value each limit may be set to: beyond these a file is no longer read in one
# piece (read() takes at most an index-sized count) or the run outgrows any machine.
CEILINGS = Limits(
    max_bytes=1 << 30,
    max_line_chars=1 << 30,
    max_depth=1_000,  # libyaml's parser stops at a thousand levels whatever is asked
    max_nodes=100_000_000,
    max_indicators=1_000_000,
    max_files=10_000_000,
    max_table_bytes=1 << 30,
    max_table_unzipped_bytes=1 << 32,
    max_table_cells=100_000_000,
)
