studysiteSearch.text(19,[["","Cross-references","New York · New York — City in the United States; named in the texts as a place of publication."]]);
