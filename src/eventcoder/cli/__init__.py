"""The ``eventcoder`` command line: code, store, export, map, evaluate and serve.

The app and its command list live here; each group of commands has its own module
(``coding``: extract, ingest; ``stored``: export, map, sample; ``evaluation``: eval, eval-geo,
eval-notes; ``service``: serve, watch), the options they share are in ``options`` and what they
print goes through ``output``. Commands are registered below in the order ``--help`` lists them.
"""

from __future__ import annotations

from typing import Annotated

import typer

from eventcoder.cli.coding import extract, ingest
from eventcoder.cli.evaluation import eval_, eval_geo, eval_notes
from eventcoder.cli.options import DEFAULT_DB, SAMPLE_DIR
from eventcoder.cli.service import serve, watch
from eventcoder.cli.stored import export, map_, sample
from eventcoder.cli_errors import ReportingGroup

__all__ = ["DEFAULT_DB", "SAMPLE_DIR", "app"]

app = typer.Typer(
    help="Code news into geocoded, de-duplicated ACLED-style conflict events.",
    no_args_is_help=True,
    add_completion=False,
    cls=ReportingGroup,  # operational errors: one line and exit 1, tracebacks only with --debug
)

app.command()(extract)
app.command()(ingest)
app.command()(export)
app.command(name="map")(map_)
app.command(name="eval")(eval_)
app.command(name="eval-geo")(eval_geo)
app.command(name="eval-notes")(eval_notes)
app.command()(serve)
app.command()(sample)
app.command()(watch)


@app.callback()
def _main(
    debug: Annotated[
        bool,
        typer.Option(
            "--debug", help="Show tracebacks instead of one-line errors (or EVENTCODER_DEBUG=1)."
        ),
    ] = False,
) -> None:
    """Code news into geocoded, de-duplicated ACLED-style conflict events."""
