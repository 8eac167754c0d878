"""What the model and points stages give for a target file: the file and its resolved points."""

from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:  # annotations only: a result type costs no model import
    from perfcheck.model.targets import TargetFile
    from perfcheck.results.points import Allocation


class ResolvedTargets(NamedTuple):
    targets: "TargetFile"
    allocation: "Allocation"
