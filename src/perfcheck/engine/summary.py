"""Figures of the review pack that are computed, not just read off a result: a group's share
of its points. The pack's words are the reports' (reports/summary/)."""

from __future__ import annotations

from decimal import Decimal

from perfcheck.model.rules import rounded_rate
from perfcheck.results.score import GroupResult


def share(group: GroupResult) -> Decimal:
    """The group's score as a share of its points (得分率), a rate like the others."""
    return rounded_rate(group.score / group.points)
