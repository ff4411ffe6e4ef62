// Search for studysite: reads the index shards under search/ as scripts (so it works from
// file:// as well as from a host) and shows each matching paragraph, note or entry with a
// snippet. The index is built by src/render/search_index.rs; the folding, word cutting and
// shard hash here must stay the same as there.
(function () {
  'use strict';
  var script = document.currentScript;
  var root = (script && script.getAttribute('data-root')) || '';
  var PAGE_SIZE = 20;
  var store = { meta: null, forms: {}, stems: {}, docs: {}, text: {} };
  var loading = {};

  window.studysiteSearch = {
    meta: function (m) { store.meta = m; },
    forms: function (k, map) { store.forms[k] = map; },
    stems: function (k, map) { store.stems[k] = map; },
    docs: function (k, list) { store.docs[k] = list; },
    text: function (k, pages) { store.text[k] = pages; }
  };

  function load(path) {
    if (!loading[path]) {
      loading[path] = new Promise(function (resolve, reject) {
        var tag = document.createElement('script');
        tag.src = root + path;
        tag.onload = function () { resolve(); };
        tag.onerror = function () { reject(new Error('cannot load ' + path)); };
        document.head.appendChild(tag);
      });
    }
    return loading[path];
  }

  function fold(word) {
    var lower = word.toLowerCase();
    var out = '';
    for (var i = 0; i < lower.length; i++) {
      var c = lower[i];
      out += store.meta.fold[c] || c;
    }
    return out;
  }

  var WORD = /[\p{Alphabetic}\p{N}]+/gu;

  function words(text) {
    return text.match(WORD) || [];
  }

  function shardOf(key) {
    var bytes = new TextEncoder().encode(key);
    var hash = 0x811c9dc5;
    for (var i = 0; i < bytes.length; i++) {
      hash ^= bytes[i];
      hash = Math.imul(hash, 0x01000193) >>> 0;
    }
    return hash % store.meta.shards;
  }

  // The stems of one query word, each with its entry [total, forms, hits].
  function lookUp(form) {
    var k = shardOf(form);
    return load('search/f' + k + '.js').then(function () {
      var stems = (store.forms[k] && store.forms[k][form]) || [];
      return Promise.all(stems.map(function (stem) {
        var s = shardOf(stem);
        return load('search/s' + s + '.js').then(function () {
          return store.stems[s][stem];
        });
      }));
    });
  }

  function search(query) {
    return load('search/meta.js').then(function () {
      var forms = [];
      words(query).forEach(function (w) {
        var f = fold(w);
        if (f.length >= 2 && forms.indexOf(f) < 0) { forms.push(f); }
      });
      if (forms.length === 0) { return { places: [], forms: {}, capped: false, asked: 0 }; }
      return Promise.all(forms.map(lookUp)).then(function (perWord) {
        var matchForms = {};
        var capped = false;
        var sets = perWord.map(function (entries) {
          var set = new Map();
          entries.forEach(function (entry) {
            if (!entry) { return; }
            if (entry[0] > entry[2].length / 2) { capped = true; }
            entry[1].forEach(function (f) { matchForms[f] = true; });
            for (var i = 0; i < entry[2].length; i += 2) {
              set.set(entry[2][i] * 1000003 + entry[2][i + 1], [entry[2][i], entry[2][i + 1]]);
            }
          });
          return set;
        });
        sets.sort(function (a, b) { return a.size - b.size; });
        var places = [];
        sets[0].forEach(function (place, key) {
          if (sets.every(function (set) { return set.has(key); })) { places.push(place); }
        });
        places.sort(function (a, b) { return a[0] - b[0] || a[1] - b[1]; });
        return { places: places, forms: matchForms, capped: capped, asked: forms.length };
      });
    });
  }

  function snippet(text, forms) {
    var fragment = document.createDocumentFragment();
    var matches = [];
    var m;
    WORD.lastIndex = 0;
    while ((m = WORD.exec(text)) !== null) {
      if (forms[fold(m[0])]) { matches.push([m.index, m.index + m[0].length]); }
    }
    var start = 0;
    var end = text.length;
    if (matches.length > 0 && text.length > 240) {
      start = Math.max(0, matches[0][0] - 90);
      end = Math.min(text.length, start + 240);
    } else if (text.length > 240) {
      end = 240;
    }
    // Cut at spaces, never inside a word.
    var firstMatch = matches.length > 0 ? matches[0][0] : end;
    var space = text.indexOf(' ', start);
    if (start > 0 && space >= 0 && space < firstMatch) { start = space + 1; }
    var lastSpace = text.lastIndexOf(' ', end);
    if (end < text.length && lastSpace > start) { end = lastSpace; }
    if (start > 0) { fragment.appendChild(document.createTextNode('… ')); }
    var at = start;
    matches.forEach(function (range) {
      if (range[0] < at || range[1] > end) { return; }
      fragment.appendChild(document.createTextNode(text.slice(at, range[0])));
      var mark = document.createElement('mark');
      mark.textContent = text.slice(range[0], range[1]);
      fragment.appendChild(mark);
      at = range[1];
    });
    fragment.appendChild(document.createTextNode(text.slice(at, end)));
    if (end < text.length) { fragment.appendChild(document.createTextNode(' …')); }
    return fragment;
  }

  function show(result, list, from) {
    var shown = result.places.slice(from, from + PAGE_SIZE);
    var docOf = function (place) {
      var chunk = Math.floor(place[0] / store.meta.docsPerChunk);
      return store.docs[chunk][place[0] % store.meta.docsPerChunk];
    };
    return Promise.all(shown.map(function (place) {
      return load('search/d' + Math.floor(place[0] / store.meta.docsPerChunk) + '.js');
    })).then(function () {
      return Promise.all(shown.map(function (place) {
        return load('search/t' + docOf(place)[2] + '.js');
      }));
    }).then(function () {
      shown.forEach(function (place) {
        var doc = docOf(place);
        var passage = store.text[doc[2]][String(place[0])][place[1]];
        var item = document.createElement('li');
        var link = document.createElement('a');
        link.href = root + doc[0] + (passage[0] ? '#' + passage[0] : '');
        link.textContent = doc[1];
        var where = document.createElement('span');
        where.className = 'search-where';
        where.textContent = ' · ' + passage[1];
        var text = document.createElement('p');
        text.className = 'search-snippet';
        text.appendChild(snippet(passage[2], result.forms));
        item.appendChild(link);
        item.appendChild(where);
        item.appendChild(text);
        list.appendChild(item);
      });
    });
  }

  function plural(n, one, many) {
    return n.toLocaleString('en') + ' ' + (n === 1 ? one : many);
  }

  function run(form, input, status, list, more) {
    var query = input.value.trim();
    list.textContent = '';
    more.hidden = true;
    if (!query) { status.textContent = ''; return; }
    status.textContent = 'Searching…';
    search(query).then(function (result) {
      var places = result.places.length;
      if (places === 0) {
        status.textContent = result.asked === 0
          ? 'Type a word of two letters or more.'
          : 'No paragraph, note or entry has every word of “' + query + '”.';
        return;
      }
      var texts = new Set(result.places.map(function (p) { return p[0]; })).size;
      status.textContent = plural(places, 'place', 'places') + ' on ' + plural(texts, 'page', 'pages') +
        ' for “' + query + '”' + (result.capped ? ' (a very common word: only its first ' +
        store.meta.maxHits.toLocaleString('en') + ' places are indexed)' : '') + '.';
      var from = 0;
      var next = function () {
        return show(result, list, from).then(function () {
          from += PAGE_SIZE;
          more.hidden = from >= places;
        });
      };
      more.onclick = function () {
        var first = list.children.length;
        next().then(function () {
          var link = list.children[first] && list.children[first].querySelector('a');
          if (link) { link.focus(); }
        });
      };
      return next();
    }).catch(function (error) {
      status.textContent = 'The search index could not be read (' + error.message + ').';
    });
  }

  function start() {
    var form = document.getElementById('search-form');
    if (!form) { return; }
    var input = document.getElementById('search-input');
    var status = document.getElementById('search-status');
    var list = document.getElementById('search-results');
    var more = document.getElementById('search-more');
    form.hidden = false;
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      try {
        window.history.replaceState(null, '', '?q=' + encodeURIComponent(input.value.trim()));
      } catch (ignored) { /* some browsers refuse it on file:// */ }
      run(form, input, status, list, more);
    });
    var params = new URLSearchParams(window.location.search);
    var query = params.get('q');
    if (query) {
      input.value = query;
      run(form, input, status, list, more);
    }
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
}());
