studysiteSearch.text(12,[["","Cross-references","Grasset · Grasset · Bernard Grasset · Éditions Grasset — Paris publishing house, founded in 1907 by Bernard Grasset (1881–1955)."]]);
