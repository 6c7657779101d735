"""HubDesk: the editorial desk for long-form web articles."""

__version__ = "0.1.0"
APP_NAME = "HubDesk"
