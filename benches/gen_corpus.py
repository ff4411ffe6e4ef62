#!/usr/bin/env python3
"""Deterministic synthetic corpus for static-site-generator build benchmarks.

Usage: gen_corpus.py N OUTDIR [--seed S]

(studysite's copy of the shared benchmark generator; plain/ texts come in four archive
layouts, see plain().)

Writes, for N documents (each a ~6 KB historical-style essay):
  OUTDIR/plain/NNNNNN.txt          plain text: title line, date line, paragraphs,
                                   `quoted' passages, citation lines
  OUTDIR/md/NNNNNN.md              Markdown + YAML front matter (title, date) +
                                   [^n] footnotes carrying the citations (pandoc input)
  OUTDIR/hugo/                     Hugo site: hugo.toml, content/essays/*.md (YAML
                                   front matter), layouts/_default/{baseof,single,list}.html
  OUTDIR/zola/                     Zola site: config.toml, content/essays/*.md (+++ TOML
                                   front matter), content/_index.md, templates/
  OUTDIR/mdbook/                   mdBook: book.toml, src/SUMMARY.md, src/NNNNNN.md
                                   (no front matter; title as '# heading', date as text)

The body text (everything after the front matter) is byte-identical across md/, hugo/
and zola/; mdbook/ carries the same body preceded by '# Title' and the date line,
because mdBook does not understand front matter.
Only the Python 3 standard library is used; output depends only on N and the seed
(document i is generated from its own Random(seed * 1_000_003 + i), so the first 1000
documents of the N=10000 corpus equal the N=1000 corpus).
"""
import os
import random
import sys

WORDS = """
the of and to in a that is was for on with as by his it from at which be this
are were had not but or an their they party workers class revolution state
power masses struggle government question policy bureaucracy leadership
congress program movement committee comrades opposition democracy capital
labour proletariat peasantry army war peace history theory practice situation
crisis development period conditions interests position relation decision
international national socialist communist revolutionary political economic
social historical organisation section tendency faction majority minority
resolution discussion declaration article letter pamphlet speech report
statement appeal slogan demand tactic strategy method principle question
soviet union country nation republic regime dictatorship apparatus police
trade unions factory industry agriculture production wages prices famine
plan five-year collectivisation industrialisation thermidor reaction victory
defeat retreat advance offensive united front popular front fascism
imperialism reformism centrism stalinism opportunism sectarianism
press newspaper bulletin journal editor publisher translation manuscript
archive document witness testimony confession defendant prosecutor verdict
sentence trial commission inquiry evidence charge accusation slander
correspondence exile emigration deportation arrest prison camp frontier
however therefore indeed nevertheless moreover consequently precisely
clearly entirely only already still again never always often merely
must can will would should could may might shall did does has have
new old great whole entire real true false first last other same
against between among within without under over through during after before
""".split()

PEOPLE = [
    "Stalin", "Trotsky", "Lenin", "Zinoviev", "Kamenev", "Bukharin", "Radek",
    "Pyatakov", "Rakovsky", "Sedov", "Vyshinsky", "Yagoda", "Yezhov",
    "Dewey", "Cannon", "Shachtman", "Sneevliet", "Vereeken", "Molinier",
    "Naville", "Blum", "Thaelmann", "Hitler", "Mussolini",
]
ORGS = [
    "the Fourth International", "the GPU", "the Soviets", "the Comintern",
    "the Left Opposition", "the Politburo", "the Central Committee",
    "the Red Army", "the Second International", "the Third International",
    "the Dewey Commission", "the International Secretariat",
    "the Socialist Workers Party", "the POUM",
]
EVENTS = [
    "the Moscow trials", "the Kirov assassination", "the October Revolution",
    "the Spanish Civil War", "the Brest-Litovsk negotiations",
    "the Kronstadt rising", "the Shanghai massacre", "the Popular Front",
    "the Zimmerwald conference", "the purge of the Red Army",
]
MONTHS = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]
PLACES = ["Paris", "New York", "London", "Mexico City", "Berlin", "Moscow",
          "Coyoacan", "Oslo", "Prinkipo", "Brussels", "Amsterdam"]
PUBLISHERS = ["Pathfinder Press", "Editions de Minuit", "Pioneer Publishers",
              "New Park Publications", "Monad Press", "Merit Publishers",
              "Gallimard", "Verso", "Haymarket Books"]
BOOKS = ["Writings", "Oeuvres", "Collected Works", "Correspondence",
         "Bulletin of the Opposition", "Documents of the Fourth International",
         "The Case of Leon Trotsky", "Diary in Exile"]

TARGET_BYTES = 6000


def sentence(r, min_w=8, max_w=22):
    n = r.randint(min_w, max_w)
    out = []
    for k in range(n):
        x = r.random()
        if x < 0.06:
            out.append(r.choice(PEOPLE))
        elif x < 0.09:
            out.append(r.choice(ORGS))
        elif x < 0.105:
            out.append(r.choice(EVENTS))
        elif x < 0.12:
            out.append("in " + str(r.randint(1900, 1940)))
        else:
            out.append(r.choice(WORDS))
    s = " ".join(out)
    if r.random() < 0.25:
        # a clause break
        words = s.split(" ")
        cut = r.randint(1, max(1, len(words) - 1))
        s = " ".join(words[:cut]) + ", " + " ".join(words[cut:])
    s = s[0].upper() + s[1:]
    return s + r.choice([".", ".", ".", ".", ";", "?", "!"]).replace(";", ".")


def quote(r):
    return "`" + sentence(r, 6, 14)[:-1] + "'"


def paragraph(r):
    sents = []
    for _ in range(r.randint(3, 7)):
        s = sentence(r)
        if r.random() < 0.12:
            s = (r.choice(PEOPLE) + " " + r.choice(["wrote", "declared",
                 "insisted", "replied", "answered"]) + ": " + quote(r) + ".")
        sents.append(s)
    return " ".join(sents)


def date(r, lo=1900, hi=1940):
    return "%s %d, %d" % (r.choice(MONTHS), r.randint(1, 28), r.randint(lo, hi))


def iso_date(d):
    m, rest = d.split(" ", 1)
    day, year = rest.split(", ")
    return "%s-%02d-%02d" % (year, MONTHS.index(m) + 1, int(day))


def title(r):
    kinds = [
        lambda: "On %s" % r.choice(EVENTS),
        lambda: "%s and %s" % (r.choice(PEOPLE), r.choice(ORGS)),
        lambda: "Letter to %s" % r.choice(PEOPLE),
        lambda: "The %s %s" % (r.choice(["Crisis", "Question", "Problem", "Lessons", "Meaning"]),
                               "of " + r.choice(EVENTS + ORGS)),
        lambda: "Once More on %s" % r.choice(ORGS),
    ]
    t = r.choice(kinds)()
    return t[0].upper() + t[1:]


def citation(r):
    lo = r.randint(3, 400)
    return ("%s, %s (%d %s %d). %s (%s: %s, %d), pp. %d--%d." % (
        r.choice(["Leon Trotsky", "N. Sedova", "L. Sedov", "V. Serge", "J. Van Heijenoort"]),
        title(r), r.randint(1, 28), r.choice(MONTHS), r.randint(1900, 1940),
        r.choice(BOOKS), r.choice(PLACES), r.choice(PUBLISHERS), r.randint(1950, 1990),
        lo, lo + r.randint(1, 6)))


def make_doc(seed, i):
    r = random.Random(seed * 1_000_003 + i)
    t = title(r)
    d = date(r)
    ncit = r.randint(1, 3)
    cits = [citation(r) for _ in range(ncit)]
    npar = r.randint(8, 12)
    target = TARGET_BYTES - sum(len(c) + 8 for c in cits) - len(t) - 40
    paras = [paragraph(r) for _ in range(npar)]
    # trim/extend so the body lands near the target size
    while sum(len(p) + 2 for p in paras) < target:
        k = r.randrange(npar)
        paras[k] += " " + sentence(r)
    while sum(len(p) + 2 for p in paras) > target + 400 and npar > 8:
        paras.pop()
        npar -= 1
    # footnote anchor positions: distinct paragraphs, in order
    anchors = sorted(r.sample(range(npar), ncit))
    return t, d, paras, anchors, cits


AUTHORS = ["Leon Trotsky", "Natalia Sedova", "Leon Sedov", "Victor Serge", "Jean van Heijenoort"]


def plain(t, d, paras, anchors, cits, i=0):
    """The plain text in one of four archive layouts, chosen by the document's number (no random
    draw, so the body stays the same as in md/ and hugo/): a bare title and date line; an MIA
    page (breadcrumb, Written:/Source: fields, [n] markers with a Notes section); an
    `Author: Title (date)` line; a letter (dateline, salutation, closing, signature)."""
    author = AUTHORS[i % len(AUTHORS)]
    body = "\n\n".join(paras)
    layout = i % 4
    if layout == 1:
        marked = list(paras)
        for n, k in enumerate(anchors, 1):
            marked[k] = marked[k] + "[%d]" % n
        notes = "\n\n".join("[%d] %s" % (n, c) for n, c in enumerate(cits, 1))
        year = d.rsplit(" ", 1)[-1]
        return ("%s > %s >\n\n%s\n\nWritten: %s\nSource: %s\n\n%s\n\nNotes\n\n%s\n"
                % (author, year, t, d, cits[0], "\n\n".join(marked), notes))
    if layout == 2:
        return "%s: %s (%s)\n\n%s\n\n%s\n" % (author, t, d, body, "\n".join(cits))
    if layout == 3:
        return ("%s\n\nCoyoacan, %s\n\nDear Comrade,\n\n%s\n\nYours,\n%s\n\n%s\n"
                % (t, d, body, author, "\n".join(cits)))
    return t + "\n" + d + "\n\n" + body + "\n\n" + "\n".join(cits) + "\n"


def md_escape(s):
    # the `quote' style uses a bare backtick, which Markdown would pair into code
    # spans; escape it so every renderer shows the same characters as the plain text
    return s.replace("`", "\\`")


def md_body(paras, anchors, cits):
    ps = [md_escape(p) for p in paras]
    for n, k in enumerate(anchors, 1):
        ps[k] = ps[k] + "[^%d]" % n
    notes = "\n".join("[^%d]: %s" % (n, md_escape(c)) for n, c in enumerate(cits, 1))
    return "\n\n".join(ps) + "\n\n" + notes + "\n"


def yq(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


HUGO_CONFIG = """baseURL = "http://example.org/"
languageCode = "en"
title = "Synthetic study corpus"
disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]
[markup.goldmark.extensions]
  footnote = true
  typographer = false
"""

HUGO_BASEOF = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>
<body>{{ block "main" . }}{{ end }}</body></html>
"""
HUGO_SINGLE = """{{ define "main" }}<article><h1>{{ .Title }}</h1>
<p class="date">{{ .Params.datestr }}</p>
{{ .Content }}</article>{{ end }}
"""
HUGO_LIST = """{{ define "main" }}<h1>{{ .Title }}</h1><ul>
{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>
{{ end }}</ul>{{ end }}
"""

ZOLA_CONFIG = """base_url = "http://example.org"
title = "Synthetic study corpus"
compile_sass = false
build_search_index = false
generate_feeds = false

[markdown]
# (zola 0.22: no [markdown.highlighting] table = no syntax highlighting)
smart_punctuation = false
bottom_footnotes = true
"""
ZOLA_BASE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{% block title %}{{ config.title }}{% endblock %}</title></head>
<body>{% block content %}{% endblock %}</body></html>
"""
ZOLA_PAGE = """{% extends "base.html" %}
{% block title %}{{ page.title }}{% endblock %}
{% block content %}<article><h1>{{ page.title }}</h1>
<p class="date">{{ page.extra.datestr }}</p>
{{ page.content | safe }}</article>{% endblock %}
"""
ZOLA_SECTION = """{% extends "base.html" %}
{% block content %}<h1>{{ section.title }}</h1><ul>
{% for p in section.pages %}<li><a href="{{ p.permalink | safe }}">{{ p.title }}</a></li>
{% endfor %}</ul>{% endblock %}
"""
ZOLA_INDEX = """{% extends "base.html" %}
{% block content %}<h1>{{ config.title }}</h1>
<p><a href="{{ get_url(path='@/essays/_index.md') }}">Essays</a></p>{% endblock %}
"""

MDBOOK_TOML = """[book]
title = "Synthetic study corpus"
authors = ["generator"]
language = "en"
src = "src"

[output.html]
# search index and print page left at their defaults (enabled)
"""


def w(path, text):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def main():
    args = sys.argv[1:]
    seed = 1938
    if "--seed" in args:
        k = args.index("--seed")
        seed = int(args[k + 1])
        del args[k:k + 2]
    if len(args) != 2:
        sys.exit(__doc__)
    n = int(args[0])
    out = args[1]
    dirs = {
        "plain": os.path.join(out, "plain"),
        "md": os.path.join(out, "md"),
        "hugo_c": os.path.join(out, "hugo", "content", "essays"),
        "hugo_l": os.path.join(out, "hugo", "layouts", "_default"),
        "zola_c": os.path.join(out, "zola", "content", "essays"),
        "zola_t": os.path.join(out, "zola", "templates"),
        "mdb": os.path.join(out, "mdbook", "src"),
    }
    for d in dirs.values():
        os.makedirs(d, exist_ok=True)

    w(os.path.join(out, "hugo", "hugo.toml"), HUGO_CONFIG)
    w(os.path.join(dirs["hugo_l"], "baseof.html"), HUGO_BASEOF)
    w(os.path.join(dirs["hugo_l"], "single.html"), HUGO_SINGLE)
    w(os.path.join(dirs["hugo_l"], "list.html"), HUGO_LIST)
    w(os.path.join(out, "hugo", "content", "essays", "_index.md"),
      '---\ntitle: "Essays"\n---\n')

    w(os.path.join(out, "zola", "config.toml"), ZOLA_CONFIG)
    w(os.path.join(dirs["zola_t"], "base.html"), ZOLA_BASE)
    w(os.path.join(dirs["zola_t"], "page.html"), ZOLA_PAGE)
    w(os.path.join(dirs["zola_t"], "section.html"), ZOLA_SECTION)
    w(os.path.join(dirs["zola_t"], "index.html"), ZOLA_INDEX)
    w(os.path.join(out, "zola", "content", "_index.md"), "+++\ntitle = \"Home\"\n+++\n")
    w(os.path.join(out, "zola", "content", "essays", "_index.md"),
      "+++\ntitle = \"Essays\"\nsort_by = \"none\"\n+++\n")

    w(os.path.join(out, "mdbook", "book.toml"), MDBOOK_TOML)
    summary = ["# Summary\n"]

    width = 6
    for i in range(n):
        t, d, paras, anchors, cits = make_doc(seed, i)
        name = "%0*d" % (width, i)
        iso = iso_date(d)
        body = md_body(paras, anchors, cits)
        w(os.path.join(dirs["plain"], name + ".txt"), plain(t, d, paras, anchors, cits, i))
        yaml_fm = "---\ntitle: %s\ndate: %s\n---\n\n" % (yq(t), iso)
        w(os.path.join(dirs["md"], name + ".md"), yaml_fm + d + "\n\n" + body)
        hugo_fm = "---\ntitle: %s\ndate: %s\ndatestr: %s\n---\n\n" % (yq(t), iso, yq(d))
        w(os.path.join(dirs["hugo_c"], name + ".md"), hugo_fm + body)
        zola_fm = "+++\ntitle = %s\ndate = %s\n[extra]\ndatestr = %s\n+++\n\n" % (yq(t), iso, yq(d))
        w(os.path.join(dirs["zola_c"], name + ".md"), zola_fm + body)
        w(os.path.join(dirs["mdb"], name + ".md"), "# %s\n\n%s\n\n%s" % (t, d, body))
        summary.append("- [%s](%s.md)" % (t.replace("[", "(").replace("]", ")"), name))
    w(os.path.join(dirs["mdb"], "SUMMARY.md"), "\n".join(summary) + "\n")


if __name__ == "__main__":
    main()
