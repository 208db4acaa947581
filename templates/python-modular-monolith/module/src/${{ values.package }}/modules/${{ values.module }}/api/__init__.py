"""The HTTP routes of ${{ values.module }}; only the app includes them."""
