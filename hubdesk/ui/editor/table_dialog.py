"""The Insert Table dialog (rows × columns) and the Markdown table it gives."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QSpinBox, QWidget


def markdown_table(rows: int, columns: int, headers: list[str]) -> str:
    """A pipe table: a header row, its separator and ``rows`` empty body rows."""
    columns = max(1, columns)
    cells = [h for h in headers[:columns]] + [""] * (columns - len(headers))
    widths = [max(3, len(c)) for c in cells]
    lines = [
        "| " + " | ".join(c.ljust(w) for c, w in zip(cells, widths, strict=True)) + " |",
        "| " + " | ".join("-" * w for w in widths) + " |",
    ]
    for _ in range(max(0, rows)):
        lines.append("| " + " | ".join(" " * w for w in widths) + " |")
    return "\n".join(lines)


class TableDialog(QDialog):
    """Asks how many rows (below the header) and columns the new table has."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Insert table"))
        self._rows = QSpinBox(self)
        self._rows.setRange(1, 100)
        self._rows.setValue(3)
        self._columns = QSpinBox(self)
        self._columns.setRange(1, 20)
        self._columns.setValue(3)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Rows:"), self._rows)
        form.addRow(self.tr("Columns:"), self._columns)
        form.addRow(buttons)

    def rows(self) -> int:
        return self._rows.value()

    def columns(self) -> int:
        return self._columns.value()

    def set_size(self, rows: int, columns: int) -> None:
        self._rows.setValue(rows)
        self._columns.setValue(columns)
