"""The entities and value objects of ${{ values.module }}. Standard library only."""
