${{ values.description | quoted }}
