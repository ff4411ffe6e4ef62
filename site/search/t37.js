studysiteSearch.text(37,[["","Cross-references","Stalinism · Stalinism · Stalinist · Stalinists — Term for Stalin's regime, its methods and its supporters."]]);
