"""Project tooling written in Python that is neither the client, the mock nor the tests."""
