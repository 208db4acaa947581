"""The application layer: use cases, DTOs and the unit-of-work port. Imports the domain only."""
