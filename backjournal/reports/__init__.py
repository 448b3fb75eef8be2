"""Files that leave the app: the physician report (PDF), CSV / JSON / FHIR writers and readers. No Qt."""
