"""The budget's execution rate (预算执行率): the budgets it is taken against, and the rate a
预算执行率 row prints."""

from decimal import Decimal
from typing import NamedTuple

from perfcheck.formatting import half_up
from perfcheck.model.actuals import ActualsFile
from perfcheck.model.targets import TargetFile


class BudgetBase(NamedTuple):
    """The budgets 执行率 is taken against, each filled in where the actuals leave it out."""

    initial: Decimal  # 年初预算数: the target file's total unless the actuals give it
    adjusted: Decimal  # 全年预算数: the initial budget unless the actuals give it
    denominator: Decimal  # the one of the two that rules.budget_denominator names

    def rate(self, spent: Decimal) -> Decimal:
        """执行率, exact: what was spent over the denominator (0 against a budget of 0)."""
        return spent / self.denominator if self.denominator > 0 else Decimal(0)


def budget_base(actuals: ActualsFile, targets: TargetFile) -> BudgetBase:
    """全年预算数 by default, 年初预算数 with `budget_denominator: initial`."""
    budget = actuals.budget
    initial = budget.initial if budget.initial is not None else targets.budget.total
    adjusted = budget.adjusted if budget.adjusted is not None else initial
    chosen = adjusted if targets.rules.budget_denominator == "adjusted" else initial
    return BudgetBase(initial, adjusted, chosen)


def budget_row_rate(actuals: ActualsFile, targets: TargetFile) -> Decimal:
    """The execution rate in per cent to two places, as a 预算执行率 row prints it (95.00)."""
    base = budget_base(actuals, targets)
    return half_up(base.rate(actuals.budget.spent) * 100, Decimal("0.01"))
