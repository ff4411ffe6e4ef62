studysiteSearch.text(22,[["","Cross-references","Soviet Union · Soviet Union · USSR · U.S.S.R. · Soviet Russia — The Union of Soviet Socialist Republics."]]);
