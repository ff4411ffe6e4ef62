studysiteSearch.text(39,[["","Cross-references","Tsarists · Tsarists · Tsarist · Tsarism — Supporters of the Russian monarchy overthrown in February 1917."]]);
