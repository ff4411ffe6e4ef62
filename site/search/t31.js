studysiteSearch.text(31,[["","Cross-references","Les Crimes de Staline · Les Crimes de Staline — Book by Leon Trotsky on the Moscow trials, published in French by Grasset."]]);
