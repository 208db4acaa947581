"""platform-messaging: the event envelope and the publisher port."""
