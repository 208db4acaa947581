"""The use cases of ${{ values.module }}: what other modules may call."""
