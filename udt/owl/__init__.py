"""Reading and writing the OWL file: safe parsing, canonical RDF/XML, the project's IRIs."""
