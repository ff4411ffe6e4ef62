studysiteSearch.text(4,[["","Cross-references","Ludo Martens · Ludo Martens — Belgian communist politician and author of *Another View of Stalin* (1994)."]]);
