"""Data package: the bundled gazetteer files (see README.md here). No code."""
