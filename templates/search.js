/* Weft evidence: search over the quotes and the coding frame, in the browser, with lunr.
   The documents come from search-index.js (a script, so that search works from file:// too).
   Results are built with DOM methods and textContent only: no quote text is ever parsed as HTML. */
(function () {
  'use strict';
  var data = window.WEFT_EVIDENCE_INDEX;
  var section = document.getElementById('search');
  if (!section || !data || typeof lunr === 'undefined') {
    return;
  }
  var form = document.getElementById('search-form');
  var input = document.getElementById('q');
  var status = document.getElementById('search-status');
  var list = document.getElementById('search-results');
  var LIMIT = 50;
  var WINDOW = 320;
  var english = /^en(-|$)/i.test(data.lang || '');
  // The search's words: English here, the article's language from search-index.js where it has its own.
  var WORDS = {
    'search.quote': 'Quote',
    'search.participant': 'Participant {participant} \u00B7 ',
    'search.participantAbout': 'Participant {participant} ({about}) \u00B7 ',
    'search.codedTo': 'Coded to {node}',
    'search.notCoded': 'Not coded to a node',
    'search.presented': ' \u00B7 presented in the article',
    'search.evidenceOnly': ' \u00B7 evidence only',
    'search.reduced': 'Reduced expression: ',
    'search.first': 'The first {limit} of {n} results',
    'search.one': '{n} result',
    'search.other': '{n} results',
    'search.nothing': 'Nothing in the evidence matches {query}.',
    'search.some': 'Nothing has all the words of {query}. {count} with some of them.',
    'search.found': '{count} for {query}.',
    quoteOpen: '\u201C',
    quoteClose: '\u201D'
  };
  var plural = typeof Intl !== 'undefined' && Intl.PluralRules ? new Intl.PluralRules(data.lang || 'en') : null;

  /** The words of key with each {name} replaced by values[name] (text only: the result is set as textContent). */
  function w(key, values) {
    var pattern = (data.words && data.words[key]) || WORDS[key];
    return pattern.replace(/\{(\w+)\}/g, function (all, name) {
      return values && Object.prototype.hasOwnProperty.call(values, name) ? String(values[name]) : all;
    });
  }
  var index = null;
  var docs = {};
  var timer = null;
  var shown = null;

  // Words are runs of letters, their marks and digits in any script (a Hindi word with its vowel signs, a Hebrew one
  // with its points, an accent typed apart); lunr's default splits on spaces and hyphens only.
  lunr.tokenizer.separator = /[^\p{L}\p{M}\p{N}]+/u;
  // Marks that writers of Arabic and Hebrew mostly leave out: Arabic's short vowels, shadda, sukun and tatweel, Hebrew's
  // points and cantillation. A word is searched without them, so that "معا" finds "معاً" and the other way round.
  var OPTIONAL_MARKS = /[\u0591-\u05BD\u05BF\u05C1\u05C2\u05C4\u05C5\u05C7\u0610-\u061A\u0640\u064B-\u065F\u0670\u06D6-\u06ED]/g;

  /** A word as the index holds it: composed (NFC), without the optional marks; dropped when nothing is left. */
  function fold(token) {
    var folded = token.toString().normalize('NFC').replace(OPTIONAL_MARKS, '');
    return folded ? token.update(function () { return folded; }) : undefined;
  }
  lunr.Pipeline.registerFunction(fold, 'weftFold');

  function build() {
    index = lunr(function () {
      var builder = this;
      builder.pipeline.reset();
      builder.searchPipeline.reset();
      builder.pipeline.add(fold);
      if (english) {
        builder.pipeline.add(lunr.stopWordFilter, lunr.stemmer);
        builder.searchPipeline.add(lunr.stemmer);
      }
      builder.ref('ref');
      builder.field('text');
      builder.field('label', { boost: 3 });
      builder.field('description');
      builder.field('participant', { boost: 5 });
      builder.field('about', { boost: 2 });
      builder.field('extract', { boost: 5 }); // "Extract 3", where the article numbers its extracts
      builder.field('reduced'); // the analyst's reduced expression, where the data has one
      builder.metadataWhitelist = ['position'];
      data.quotes.forEach(function (q) {
        docs['q:' + q.id] = { kind: 'quote', doc: q };
        builder.add({ ref: 'q:' + q.id, text: q.text, participant: q.participant || '', about: q.about || '',
          extract: q.extract || '', reduced: q.reduced || '' });
      });
      data.nodes.forEach(function (n) {
        docs['n:' + n.id] = { kind: 'node', doc: n };
        builder.add({ ref: 'n:' + n.id, label: n.label, description: n.description });
      });
    });
  }

  /** The query's words as the index holds them: lower case, without stop words, stemmed in English. */
  function terms(text) {
    var out = [];
    lunr.tokenizer(text).forEach(function (token) {
      token = fold(token);
      if (token && english) {
        token = lunr.stopWordFilter(token);
        token = token && lunr.stemmer(token);
      }
      var term = token ? token.toString() : '';
      if (term && out.indexOf(term) < 0) {
        out.push(term);
      }
    });
    return out;
  }

  /** Documents with every word (a word also matches the words it begins); those with any word when none has all. */
  function search(text) {
    var words = terms(text);
    if (words.length === 0) {
      return { results: [], partial: false };
    }
    if (!index) {
      build();
    }
    function run(presence) {
      return index.query(function (q) {
        words.forEach(function (word) {
          q.term(word, { usePipeline: false, wildcard: lunr.Query.wildcard.TRAILING, presence: presence });
          q.term(word, { usePipeline: false, boost: 10 });
        });
      });
    }
    var results = run(lunr.Query.presence.REQUIRED);
    if (results.length > 0 || words.length === 1) {
      return { results: results, partial: false };
    }
    return { results: run(lunr.Query.presence.OPTIONAL), partial: true };
  }

  /** Where the query's words were found in one field of a result, as [start, length] pairs. */
  function positions(result, field) {
    var found = [];
    var metadata = result.matchData.metadata;
    Object.keys(metadata).forEach(function (term) {
      var f = metadata[term][field];
      if (f && f.position) {
        found = found.concat(f.position);
      }
    });
    return found.sort(function (a, b) { return a[0] - b[0]; });
  }

  function element(tag, className, text) {
    var e = document.createElement(tag);
    if (className) {
      e.className = className;
    }
    if (text) {
      e.textContent = text;
    }
    return e;
  }

  /** Appends the text to parent with the found words in <mark>, cut to a window around the first of them. */
  function appendMarked(parent, text, found) {
    var start = 0;
    var end = text.length;
    if (text.length > WINDOW) {
      start = found.length ? Math.max(0, found[0][0] - 80) : 0;
      if (start > 0) {
        var space = text.indexOf(' ', start);
        start = space >= 0 && space < start + 20 ? space + 1 : start;
      }
      end = Math.min(text.length, start + WINDOW);
    }
    if (start > 0) {
      parent.appendChild(document.createTextNode('\u2026'));
    }
    var at = start;
    found.forEach(function (p) {
      var from = Math.max(p[0], at);
      var to = Math.min(p[0] + p[1], end);
      if (to <= from) {
        return;
      }
      parent.appendChild(document.createTextNode(text.slice(at, from)));
      parent.appendChild(element('mark', null, text.slice(from, to)));
      at = to;
    });
    parent.appendChild(document.createTextNode(text.slice(at, end)));
    if (end < text.length) {
      parent.appendChild(document.createTextNode('\u2026'));
    }
  }

  function item(result) {
    var entry = docs[result.ref];
    var doc = entry.doc;
    var li = element('li');
    var link = document.createElement('a');
    link.setAttribute('href', doc.href);
    if (entry.kind === 'quote') {
      li.appendChild(element('span', 'result-kind', w('search.quote')));
      li.appendChild(document.createTextNode(' '));
      link.className = 'result-quote';
      link.setAttribute('dir', 'auto'); // a quote in its own words' direction, as on the evidence's pages
      link.appendChild(document.createTextNode(w('quoteOpen')));
      appendMarked(link, doc.text, positions(result, 'text'));
      link.appendChild(document.createTextNode(w('quoteClose')));
      li.appendChild(link);
      if (doc.reduced) {
        var reduced = element('span', 'result-reduced', w('search.reduced'));
        appendMarked(reduced, doc.reduced, positions(result, 'reduced'));
        li.appendChild(reduced);
      }
      var where = (doc.participant ? (doc.about ? w('search.participantAbout', { participant: doc.participant, about: doc.about })
          : w('search.participant', { participant: doc.participant })) : '')
          + (doc.node ? w('search.codedTo', { node: doc.node }) : w('search.notCoded'))
          + (doc.presented ? w('search.presented') + (doc.extract ? ' (' + doc.extract + ')' : '') : w('search.evidenceOnly'));
      li.appendChild(element('span', 'result-context', where));
    } else {
      li.appendChild(element('span', 'result-kind', doc.level));
      li.appendChild(document.createTextNode(' '));
      if (doc.number) {
        link.appendChild(element('span', 'number', doc.number));
        link.appendChild(document.createTextNode(' '));
      }
      appendMarked(link, doc.label, positions(result, 'label'));
      li.appendChild(link);
      if (doc.description) {
        var context = element('span', 'result-context');
        appendMarked(context, doc.description, positions(result, 'description'));
        li.appendChild(context);
      }
    }
    return li;
  }

  function show(text) {
    var query = text.trim();
    if (query === shown) {
      return;
    }
    shown = query;
    list.textContent = '';
    if (!query) {
      status.textContent = '';
      return;
    }
    var found = search(query);
    var results = found.results;
    results.slice(0, LIMIT).forEach(function (r) {
      list.appendChild(item(r));
    });
    var quoted = w('quoteOpen') + query + w('quoteClose');
    var count = results.length > LIMIT ? w('search.first', { limit: LIMIT, n: results.length })
        : w(plural && plural.select(results.length) === 'one' ? 'search.one' : 'search.other', { n: results.length });
    if (results.length === 0) {
      status.textContent = w('search.nothing', { query: quoted });
    } else if (found.partial) {
      status.textContent = w('search.some', { query: quoted, count: count });
    } else {
      status.textContent = w('search.found', { count: count, query: quoted });
    }
  }

  function remember(query) {
    try {
      history.replaceState(null, '', query ? '?q=' + encodeURIComponent(query) : location.pathname.replace(/.*\//, ''));
    } catch (e) {
      // some browsers refuse to change the address of a file:// page; the search works all the same
    }
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    clearTimeout(timer);
    show(input.value);
    remember(input.value.trim());
  });
  input.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(function () { show(input.value); }, 200);
  });
  window.addEventListener('pageshow', function () {
    if (input.value.trim()) {
      show(input.value);
    }
  });

  section.hidden = false;
  var initial = new URLSearchParams(location.search).get('q');
  if (initial) {
    input.value = initial;
    show(initial);
  }
}());
