"""The public surface is exactly what ``__all__`` lists, and all of it is documented."""

from __future__ import annotations

import inspect

import newsgraph


def test_all_names_exist_and_are_documented() -> None:
    for name in newsgraph.__all__:
        value = getattr(newsgraph, name)
        if inspect.isclass(value) or inspect.isfunction(value):
            assert inspect.getdoc(value), f"{name} has no docstring"


def test_no_undeclared_public_names() -> None:
    public = {
        n
        for n in vars(newsgraph)
        if not n.startswith("_") and not inspect.ismodule(getattr(newsgraph, n))
    }
    assert public - {"annotations", "Iterable", "Iterator", "Path"} == set(newsgraph.__all__) - {
        "__version__"
    }
