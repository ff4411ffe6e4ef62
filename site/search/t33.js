studysiteSearch.text(33,[["","Cross-references","The Revolution Betrayed · The Revolution Betrayed · Revolution Betrayed · La Révolution trahie — Book by Leon Trotsky on the Soviet Union (1936)."]]);
