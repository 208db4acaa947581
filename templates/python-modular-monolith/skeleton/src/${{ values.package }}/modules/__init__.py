"""The modules, one package each: api, services, repository, types."""
