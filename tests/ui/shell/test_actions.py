"""The action registry: every declared action is a typed attribute, and nothing else is."""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from hubdesk.ui.shell.actions import Actions, _specs


def test_every_declared_action_is_a_typed_attribute_and_back(qtbot):
    host = QWidget()
    qtbot.addWidget(host)
    actions = Actions(host, with_icons=False)
    declared = [spec.name for spec in _specs()]
    annotated = list(Actions.__annotations__)
    assert sorted(declared) == sorted(annotated)
    assert len(set(declared)) == len(declared)
    for name in declared:
        action = getattr(actions, name)
        assert isinstance(action, QAction)
        assert action.objectName() == name
        assert actions.all[name] is action
    assert actions.save.shortcuts()[0].toString() == "Ctrl+S"
