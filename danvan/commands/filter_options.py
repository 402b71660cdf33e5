"""The article filter options shared by every corpus command, as one decorator."""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable
from typing import Annotated, Any

import typer

from danvan.corpus.filters import Filters

FILTER_OPTIONS: dict[str, Any] = {
    "province": Annotated[
        str | None, typer.Option(help="Province, pre-2025 name or merged 2025 unit; accents optional.")
    ],
    "theme": Annotated[str | None, typer.Option(help="Theme key, e.g. dan_van_kheo.")],
    "outlet": Annotated[str | None, typer.Option(help="Outlet name (accents optional).")],
    "date_from": Annotated[
        str | None, typer.Option("--date-from", "--from", help="YYYY, YYYY-MM or YYYY-MM-DD.")
    ],
    "date_to": Annotated[str | None, typer.Option("--date-to", "--to", help="YYYY, YYYY-MM or YYYY-MM-DD.")],
    "official": Annotated[str | None, typer.Option(help="Official's name (accents optional).")],
    "document": Annotated[str | None, typer.Option(help="Document number, e.g. 08-NQ/TU.")],
}
if set(FILTER_OPTIONS) != set(Filters.names()):
    raise ImportError("FILTER_OPTIONS and corpus Filters disagree")


def with_filters(command: Callable[..., Any]) -> Callable[..., Any]:
    """Give a command the filter options; it receives them as one `filters: Filters` argument."""
    signature = inspect.signature(command)
    kept = [p for p in signature.parameters.values() if p.name != "filters"]
    added = [
        inspect.Parameter(name, inspect.Parameter.KEYWORD_ONLY, default=None, annotation=hint)
        for name, hint in FILTER_OPTIONS.items()
    ]

    @functools.wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        values = {name: kwargs.pop(name, None) for name in FILTER_OPTIONS}
        return command(*args, filters=Filters(**{k: v for k, v in values.items() if v}), **kwargs)

    hints = {
        name: eval(hint, command.__globals__) if isinstance(hint, str) else hint
        for name, hint in command.__annotations__.items()
        if name != "filters"  # `Filters` may be imported for type checking only
    }
    wrapper.__annotations__ = {**hints, **FILTER_OPTIONS}
    wrapper.__signature__ = signature.replace(  # type: ignore[attr-defined]
        parameters=[
            *(p.replace(annotation=hints.get(p.name, p.annotation)) for p in kept),
            *added,
        ]
    )
    del wrapper.__wrapped__  # typer must read the signature above, not the command's own
    return wrapper
