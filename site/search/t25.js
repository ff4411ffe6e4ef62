studysiteSearch.text(25,[["","Cross-references","Great Purge · Great Purge · Great Terror — The campaign of mass arrests and executions in the Soviet Union, at its height in 1937 and 1938."]]);
