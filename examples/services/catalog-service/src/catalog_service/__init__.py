"""catalog-service: the product catalogue (hexagonal, CQRS), with an import cycle to fix."""
