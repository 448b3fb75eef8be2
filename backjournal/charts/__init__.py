"""Data -> matplotlib Figure (OO API only, no pyplot, no Qt). The window and the reports reuse these."""
