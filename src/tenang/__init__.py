"""Tenang: guided breathing and meditation with a private, offline mood journal."""

__version__ = "0.1.0"
APP_NAME = "Tenang"
APP_ID = "io.github.tenangapp.tenang"
"""Reverse-DNS id: desktop file, metainfo, Flatpak, window class and single-instance key."""
