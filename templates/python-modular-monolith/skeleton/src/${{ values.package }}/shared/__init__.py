"""What every module may use. Imports the standard library only."""
