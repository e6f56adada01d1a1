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

  /** Saves a blob under a file name through a temporary link. */
  download(blob, name) {
    const a = KG.el('a', { href: URL.createObjectURL(blob), download: name });
    document.body.append(a);
    a.click();
    setTimeout(() => { URL.revokeObjectURL(a.href); a.remove(); }, 1000);
  },
};
