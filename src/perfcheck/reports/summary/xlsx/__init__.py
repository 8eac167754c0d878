"""The review pack as an Excel workbook, in the layout of the official 自评表.

Sheet 1 is the form (部门整体支出绩效自评表, or the 运行监控表 before year-end; forms), sheet 2
records the input files, their SHA-256, the perfcheck version and the rules in force, sheet 3
carries the rest of the report (sheets); book assembles them, grid is the toolkit they write with.

Values only, never a formula: the workbook is a record. Numbers are stored as numbers, a Decimal
becoming a float only as its cell is written, and every number format shows exactly what the
printed report shows (two places for 2.28, `0.00%` for an execution rate of 0.9779). The bytes
are the same for the same input: fixed document dates, fixed zip entry dates.
"""

from perfcheck.reports.summary.xlsx.book import render, render_monitoring

__all__ = ["render", "render_monitoring"]
