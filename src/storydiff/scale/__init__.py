"""Executors that run storydiff's stages elsewhere than this process (Dask)."""
