studysiteSearch.text(16,[["","Cross-references","Union générale d'éditions · Union générale d'éditions — Paris publishing house."]]);
