"""Qt Linguist catalogues (.ts sources, compiled .qm), read through importlib.resources."""
