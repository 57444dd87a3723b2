"""/trend: mentions per topic per day as a PNG line chart (matplotlib, no display needed).

Matplotlib is the `charts` extra: without it `render_png` raises ChartsMissingError, whose text says how to get it.
"""

from __future__ import annotations

import io
from collections.abc import Mapping, Sequence
from datetime import date, timedelta

from .extras import CHARTS

WIDTH_PX, HEIGHT_PX, DPI = 1000, 500, 100


def daily_series(rows: Sequence[tuple[str, str, int]], topics: Sequence[str], *, days: int,
                 today: date) -> tuple[list[date], dict[str, list[int]]]:
    """Fill the store's (day, topic, count) rows into one series per topic, zeros included."""
    axis = [today - timedelta(days=days - 1 - i) for i in range(days)]
    index = {d.isoformat(): i for i, d in enumerate(axis)}
    series = {t: [0] * days for t in topics}
    for day, topic, count in rows:
        if topic in series and day in index:
            series[topic][index[day]] += count
    return axis, series


class ChartsMissingError(RuntimeError):
    """Matplotlib is not installed (or does not import): the message is for the person who asked."""


def render_png(axis: list[date], series: Mapping[str, list[int]], names: Mapping[str, str]) -> bytes:
    try:
        import matplotlib
        matplotlib.use("Agg")  # never a display; must precede pyplot
        from matplotlib.figure import Figure
    except ImportError as exc:
        raise ChartsMissingError(CHARTS.hint) from exc

    fig = Figure(figsize=(WIDTH_PX / DPI, HEIGHT_PX / DPI), dpi=DPI)
    ax = fig.add_subplot()
    for topic, values in series.items():
        # matplotlib plots dates through its unit converters; its stubs only list numeric x values
        ax.plot(axis, values, marker="o", label=names.get(topic, topic))  # type: ignore[arg-type]
    ax.set_title(f"Mentions per day, last {len(axis)} days")
    ax.set_ylabel("new stories")
    ax.grid(alpha=0.3)
    ax.legend(loc="upper left")
    ax.set_ylim(bottom=0)
    fig.autofmt_xdate()
    fig.tight_layout()
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=DPI)
    return buf.getvalue()
