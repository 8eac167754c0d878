"""What the points stage gives: each indicator's resolved points (分值)."""

from decimal import Decimal
from typing import NamedTuple

from perfcheck.diagnostics import Finding


class Allocation(NamedTuple):
    points: tuple[Decimal, ...]  # one per indicator, in file order
    defaulted: tuple[bool, ...]  # True where the even split set the points
    findings: tuple[Finding, ...] = ()

    @property
    def any_defaulted(self) -> bool:
        return any(self.defaulted)
