"""Two versions compared: the diff stages (``diff``: align, word diff, relation,
order), then the facts (``facts``), in ``pair.compare``. It sits above both stages,
which never import it."""
