"""Settings, read from the environment; only the app reads them."""
