"""What a user asks for, start to finish, for the CLI and the app alike: consent, the
anonymisation plan, the decisions on what the residual scan found and the audit log are
applied here, once."""
