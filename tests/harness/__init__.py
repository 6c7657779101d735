"""The crash harness: a writer process killed at random moments, and its checker."""
