"""The ${{ values.module }} module. Other modules use only its services and types."""
