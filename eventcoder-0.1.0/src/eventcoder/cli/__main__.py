"""``python -m eventcoder.cli``: the same as the ``eventcoder`` command."""

from eventcoder.cli import app

app()
