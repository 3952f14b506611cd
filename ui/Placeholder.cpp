// Replaced by the window's widgets.
