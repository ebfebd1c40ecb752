"""Tenang: guided breathing and meditation with a private, offline mood journal."""

__version__ = "0.1.0"
APP_NAME = "Tenang"
