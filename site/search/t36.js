studysiteSearch.text(36,[["","Cross-references","Kulaks · Kulaks · kulaks · kulak — Russian term for better-off peasants, expropriated and deported as a class during collectivization."]]);
