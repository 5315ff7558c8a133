"""The ``udt`` command line: thin typer commands over plain functions."""
