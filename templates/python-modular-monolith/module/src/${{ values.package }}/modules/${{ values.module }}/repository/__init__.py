"""Where ${{ values.module }} keeps its data: the port and its SQLAlchemy adapter."""
