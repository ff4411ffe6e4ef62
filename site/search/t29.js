studysiteSearch.text(29,[["","Cross-references","Another View of Stalin · Another View of Stalin — Book by Ludo Martens (1994)."]]);
