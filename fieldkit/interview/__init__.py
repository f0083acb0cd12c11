"""A live interview, with no Qt: navigation, relevance, validation, clock, quotes."""
