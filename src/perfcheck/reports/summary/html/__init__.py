"""The review pack as one self-contained HTML page: the Markdown's facts plus inline SVG charts.

elements: escaping, tags and tables; charts: the SVG charts; page: the page and the parts both
packs share, with its stylesheet style.css; year_end and monitoring: the two documents.
"""

from perfcheck.reports.summary.html.charts import CAP, GROUP_FRAME, RATE_FRAME
from perfcheck.reports.summary.html.monitoring import render_monitoring
from perfcheck.reports.summary.html.year_end import render

__all__ = ["CAP", "GROUP_FRAME", "RATE_FRAME", "render", "render_monitoring"]
