studysiteSearch.text(28,[["","Cross-references","Revolution of 1905 · Revolution of 1905 · 1905 Revolution · 1905 — Strikes, uprisings and mutinies across the Russian Empire in 1905."]]);
