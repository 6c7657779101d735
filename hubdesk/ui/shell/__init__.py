"""The window's frame: application, main window, actions, menus, settings."""

from hubdesk.ui.shell.pyside_imports import read_sources_lightly

read_sources_lightly()  # before the shell's many imports
