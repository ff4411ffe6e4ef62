studysiteSearch.text(20,[["","Cross-references","Paris · Paris — Capital of France; named in the texts as a place of publication."]]);
