"""Help: the keyboard shortcuts window and the user guide."""
