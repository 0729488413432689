"""``python -m storydiff``: the same as the ``storydiff`` command."""

from storydiff.cli import main

main(prog_name="storydiff")
