studysiteSearch.text(21,[["","Cross-references","Russia · Russia — The Russian Empire until 1917; after the revolution Soviet Russia, from 1922 part of the Soviet Union."]]);
