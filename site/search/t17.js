studysiteSearch.text(17,[["","Cross-references","White movement · White movement · White officers · Whites — The anti-Bolshevik forces in the Russian Civil War."]]);
