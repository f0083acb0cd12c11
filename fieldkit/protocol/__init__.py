"""The instrument: pydantic models, YAML loading, XLSForm import, expressions, JSON Schema."""
