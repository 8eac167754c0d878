"""Options declared once and grafted onto each command that takes them. Typer reads a command's
options from its signature; the signature it is shown is the command's own, with the shared
options in the place of the command's keyword `common`."""

import functools
import inspect
from collections.abc import Callable, Sequence
from typing import Any


def grafted(
    declared: Callable[..., None], shared: Callable[..., object], names: Sequence[str]
) -> Callable[..., None]:
    """`declared` as typer is to read it: the parameters of `shared` that are `names`, in that
    order, where its keyword `common` stands; it is called with `common` = what `shared` makes
    of their values."""
    signature = inspect.signature(declared)
    options = inspect.signature(shared).parameters
    parameters: list[inspect.Parameter] = []
    for parameter in signature.parameters.values():
        if parameter.name == "common":
            parameters += [options[name].replace(kind=parameter.kind) for name in names]
        else:
            parameters.append(parameter)

    @functools.wraps(declared)
    def parsed(**given: Any) -> None:
        common = shared(**{name: given.pop(name) for name in names})
        declared(common=common, **given)

    parsed.__dict__["__signature__"] = signature.replace(parameters=parameters)  # what typer reads
    return parsed
