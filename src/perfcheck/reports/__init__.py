"""Reporters: each renders a result object and does nothing else."""
