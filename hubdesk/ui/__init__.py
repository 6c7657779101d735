"""The HubDesk desktop app (Qt widgets). Everything here may import PySide6; the core may not."""
