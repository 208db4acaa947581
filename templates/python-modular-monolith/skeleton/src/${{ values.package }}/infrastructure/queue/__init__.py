"""Background jobs on a Redis list: enqueued by the app, run by a worker."""
