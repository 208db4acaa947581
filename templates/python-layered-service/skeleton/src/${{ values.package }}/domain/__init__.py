"""The domain layer: entities, value objects, events and ports. Standard library only."""
