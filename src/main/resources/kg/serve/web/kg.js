// Shared by the kg pages: asking the canned-query API, and building DOM from data.
// Every piece of data reaches the page as a text node (textContent), never as markup.
'use strict';

const KG = {
  DATA: 'https://kg.ess.tsinghua.edu.cn/id/',
  /** The Fuseki query UI on dataset kg (served at /?ui, see kg.serve.FrontPage). */
  QUERY_UI: '/?ui#/dataset/kg/query',

  /** Runs canned query `name` with `params` (empty values left out); resolves to rows of plain strings. */
  async query(name, params = {}) {
    const qs = new URLSearchParams({ format: 'json' });
    for (const [k, v] of Object.entries(params)) {
      if (v !== undefined && v !== null && String(v) !== '') qs.set(k, String(v));
    }
    const resp = await fetch('/api/queries/' + encodeURIComponent(name) + '?' + qs.toString(),
      { headers: { Accept: 'application/sparql-results+json' } });
    if (!resp.ok) throw new Error(name + ': ' + resp.status + ' ' + (await resp.text()).trim());
    const json = await resp.json();
    return json.results.bindings.map(b => {
      const row = {};
      for (const v of json.head.vars) row[v] = b[v] ? b[v].value : '';
      return row;
    });
  },

  /** An element with attributes and children; strings become text nodes. */
  el(tag, attrs = {}, ...children) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs)) {
      if (v === undefined || v === null || v === false) continue;
      if (k === 'class') e.className = v;
      else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
      else if (k === 'href' && !/^(\/|https?:|blob:)/.test(String(v))) continue; // no javascript: links from data
      else e.setAttribute(k, v === true ? '' : String(v));
    }
    for (const c of children.flat()) {
      if (c === undefined || c === null || c === '') continue;
      e.append(typeof c === 'string' || typeof c === 'number' ? document.createTextNode(String(c)) : c);
    }
    return e;
  },

  /** The local page of a resource of the graph: /people/ID for a person, /items/ISSUE/POS for an item. */
  pageOf(iri) {
    if (iri.startsWith(KG.DATA + 'person/')) return '/people/' + iri.slice((KG.DATA + 'person/').length);
    if (iri.startsWith(KG.DATA + 'item/')) return '/items/' + iri.slice((KG.DATA + 'item/').length);
    return null;
  },

  /** The IRI a page address names: /people/ID → …/id/person/ID. */
  iriOfPage(kind) {
    const prefix = kind === 'person' ? '/people/' : '/items/';
    return KG.DATA + kind + '/' + location.pathname.slice(prefix.length);
  },

  /** A web address, or a DOI (10.PREFIX/SUFFIX), as printed in running text; the characters of either are ASCII. */
  LINKABLE: /(https?:\/\/[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]+)|\b(10\.\d{4,9}\/[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%<>]+)/g,

  /**
   * Text with each web address and DOI in it made a link (a DOI to https://doi.org/…), the rest left as text:
   * strings and anchors for KG.el, so nothing in the text becomes markup. Punctuation that ends a sentence is
   * not part of the link.
   */
  linked(text) {
    const out = [];
    let last = 0;
    for (const m of String(text).matchAll(KG.LINKABLE)) {
      let found = (m[1] || m[2]).replace(/[.,;:!?'"]+$/, '');
      if (found.endsWith(')') && !found.includes('(')) found = found.replace(/\)+$/, '');
      out.push(text.slice(last, m.index), m[1] ? KG.urlLink(found) : KG.doiLink(found, found));
      last = m.index + found.length;
    }
    out.push(text.slice(last));
    return out;
  },

  /** A link to a DOI's resolver, https://doi.org/…, labelled `label` (by default doi:DOI). */
  doiLink(doi, label = 'doi:' + doi) {
    return KG.el('a', { href: 'https://doi.org/' + doi.split('/').map(encodeURIComponent).join('/'), class: 'doi' }, label);
  },

  /** A link to a web address; anything but http(s) stays text. */
  urlLink(url) {
    return /^https?:\/\//.test(url) ? KG.el('a', { href: url, class: 'url' }, url) : url;
  },

  /** A link to an item's text, labelled with its title (and date). */
  itemLink(row) {
    if (!row.item) return null;
    const label = (row.itemTitle || row.item) + (row.date ? ' (' + row.date + ')' : '');
    return KG.el('a', { href: KG.pageOf(row.item) || row.item, class: 'item' }, label);
  },

  /** Well-known namespaces, for naming properties and types on the linked-data pages. */
  PREFIXES: [['kg', 'https://kg.ess.tsinghua.edu.cn/def#'], ['rdf', 'http://www.w3.org/1999/02/22-rdf-syntax-ns#'],
    ['rdfs', 'http://www.w3.org/2000/01/rdf-schema#'], ['owl', 'http://www.w3.org/2002/07/owl#'],
    ['xsd', 'http://www.w3.org/2001/XMLSchema#'], ['foaf', 'http://xmlns.com/foaf/0.1/'], ['schema', 'https://schema.org/'],
    ['org', 'http://www.w3.org/ns/org#'], ['bibo', 'http://purl.org/ontology/bibo/'], ['fabio', 'http://purl.org/spar/fabio/'],
    ['prov', 'http://www.w3.org/ns/prov#'], ['dcterms', 'http://purl.org/dc/terms/']],

  /** An IRI as prefix:local where a namespace above is its start. */
  curie(iri) {
    for (const [p, ns] of KG.PREFIXES) {
      if (iri.startsWith(ns) && iri.length > ns.length) return p + ':' + iri.slice(ns.length);
    }
    return iri;
  },

  /**
   * Fetches an address's RDF as N-Triples and parses it: [{ s, p, o: { iri } | { value, lang, datatype } }].
   * N-Triples is one triple a line, so a few lines of parsing need no RDF library in the page.
   */
  async triples(url) {
    const resp = await fetch(url, { headers: { Accept: 'application/n-triples' } });
    if (!resp.ok) throw new Error(url + ': ' + resp.status + ' ' + (await resp.text()).trim());
    const term = /^<([^>]*)>|^_:(\S+)|^"((?:[^"\\]|\\.)*)"(?:@([A-Za-z0-9-]+)|\^\^<([^>]*)>)?/;
    const unescape = s => s.replace(/\\(u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8}|.)/g, (m, e) => e.length > 1
      ? String.fromCodePoint(parseInt(e.slice(1), 16)) : ({ n: '\n', t: '\t', r: '\r', b: '\b', f: '\f' }[e] || e));
    const read = rest => {
      const m = term.exec(rest);
      const t = m[1] !== undefined ? { iri: m[1] } : m[2] !== undefined ? { iri: '_:' + m[2] }
        : { value: unescape(m[3]), lang: m[4] || '', datatype: m[5] || '' };
      return [t, rest.slice(m[0].length).trimStart()];
    };
    const out = [];
    for (const line of (await resp.text()).split('\n')) {
      if (!line.trim() || line.startsWith('#')) continue;
      const [s, r1] = read(line.trim());
      const [p, r2] = read(r1);
      const [o] = read(r2);
      out.push({ s: s.iri, p: p.iri, o });
    }
    return out;
  },

  /** A link to a resource of the graph: its page on this server (which /id/… sends a browser to), or the IRI itself. */
  resourceLink(iri, label) {
    const href = iri.startsWith(KG.DATA) ? '/id/' + iri.slice(KG.DATA.length) : iri;
    return KG.el('a', { href, class: 'resource' }, label || KG.curie(iri));
  },

  /** Links to the RDF of a resource at /id/PATH: Turtle, JSON-LD, N-Triples. */
  rdfLinks(iri) {
    const at = '/id/' + iri.slice(KG.DATA.length);
    return KG.el('p', { class: 'muted rdf' }, 'as ', KG.el('a', { href: at + '?format=turtle', class: 'turtle' }, 'Turtle'),
      ' · ', KG.el('a', { href: at + '?format=jsonld' }, 'JSON-LD'), ' · ', KG.el('a', { href: at + '?format=ntriples' }, 'N-Triples'));
  },

  /** Saves a blob under a file name through a temporary link. */
  download(blob, name) {
    const a = KG.el('a', { href: URL.createObjectURL(blob), download: name });
    document.body.append(a);
    a.click();
    setTimeout(() => { URL.revokeObjectURL(a.href); a.remove(); }, 1000);
  },
};
