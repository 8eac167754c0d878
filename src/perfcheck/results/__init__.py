"""The result of each stage, one module per result: imported by the engine that builds them and
by the reports that render them."""
