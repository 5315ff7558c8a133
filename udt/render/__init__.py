"""Views of parsed reports for people to read (``udt parse --format html``)."""
