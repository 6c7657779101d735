"""Qt without HubDesk's widgets: the PDF writer and the Qt smoke checks.

The core never imports this package; ``hubdesk.__main__`` registers what it offers
(see docs/architecture.md, "How the core reaches Qt").
"""
