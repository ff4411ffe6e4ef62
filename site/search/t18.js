studysiteSearch.text(18,[["","Cross-references","Moscow · Moscow — Capital of Soviet Russia and of the Soviet Union from 1918."]]);
