studysiteSearch.text(13,[["","Cross-references","Inquisition · Inquisition · Holy Inquisition — Institutions of the Catholic Church for the prosecution of heresy."]]);
