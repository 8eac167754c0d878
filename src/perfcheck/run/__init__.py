"""A run: loading each file through the stages, and validating a batch of them."""
