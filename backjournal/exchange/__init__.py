"""Exchange: the journal's files in and out. CSV, JSON and FHIR writers and readers, the foreign
importers (Bearable, Daylio, Flaredown) and the one record serialisation they and ``list --format
json`` share (records.py). Depends on domain only; services.exchange writes and reads the files."""
