"""The editorial desk's review tools: the pre-publication checklist, sign-offs, provenance."""
