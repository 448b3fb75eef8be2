"""The Qt front end: the only package (with app.py) that imports PySide6."""
