"""The anonymisation plan, pseudonyms, generalisation, redaction and disclosure risk."""
