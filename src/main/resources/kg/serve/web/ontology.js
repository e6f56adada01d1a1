// The ontology's page, /def: its classes and properties with their English and Chinese labels and comments, each at
// /def#Term, read from the ontology itself (/def as N-Triples).
'use strict';

const NS = Object.fromEntries(KG.PREFIXES);
const ONTOLOGY = 'https://kg.ess.tsinghua.edu.cn/def';

/** The anchor of a term on this page: its local name for a kg term, its prefixed name for another. */
function anchor(iri) {
  return iri.startsWith(NS.kg) ? iri.slice(NS.kg.length) : KG.curie(iri);
}

async function showOntology() {
  const main = document.getElementById('ontology');
  const triples = await KG.triples('/def');
  const values = (s, p) => triples.filter(t => t.s === s && t.p === p).map(t => t.o);
  const text = (s, p, lang) => values(s, p).filter(o => o.lang === lang).map(o => o.value).join(' ');
  const declared = kind => [...new Set(triples.filter(t => t.p === NS.rdf + 'type' && t.o.iri === kind).map(t => t.s))]
    .sort((a, b) => anchor(a).localeCompare(anchor(b)));
  const ref = o => o.iri === undefined ? o.value
    : declared(NS.owl + 'Class').concat(declared(NS.owl + 'ObjectProperty'), declared(NS.owl + 'DatatypeProperty')).includes(o.iri)
      ? KG.el('a', { href: '#' + anchor(o.iri) }, KG.curie(o.iri)) : KG.el('a', { href: o.iri }, KG.curie(o.iri));
  const line = (title, os) => os.length ? KG.el('p', {}, title + ': ', os.map(ref).flatMap((r, i) => i ? [', ', r] : [r])) : null;
  const entry = (term, kind) => KG.el('section', { id: anchor(term), class: 'term' },
    KG.el('h3', {}, KG.curie(term), ' ', KG.el('span', { class: 'muted' }, kind)),
    KG.el('p', { class: 'labels' }, KG.el('span', { lang: 'en' }, text(term, NS.rdfs + 'label', 'en')), ' · ',
      KG.el('span', { lang: 'zh' }, text(term, NS.rdfs + 'label', 'zh'))),
    KG.el('p', { lang: 'en' }, text(term, NS.rdfs + 'comment', 'en')),
    KG.el('p', { lang: 'zh', class: 'muted' }, text(term, NS.rdfs + 'comment', 'zh')),
    line('subclass of', values(term, NS.rdfs + 'subClassOf')), line('subproperty of', values(term, NS.rdfs + 'subPropertyOf')),
    line('domain', values(term, NS.rdfs + 'domain')), line('range', values(term, NS.rdfs + 'range')));

  document.title = text(ONTOLOGY, NS.rdfs + 'label', 'en') + ' · kg';
  main.replaceChildren(
    KG.el('h1', {}, text(ONTOLOGY, NS.rdfs + 'label', 'en'), ' ', KG.el('span', { lang: 'zh' }, text(ONTOLOGY, NS.rdfs + 'label', 'zh'))),
    KG.el('p', {}, text(ONTOLOGY, NS.rdfs + 'comment', 'en'), ' ', text(ONTOLOGY, NS.rdfs + 'comment', 'zh')),
    KG.el('p', { class: 'muted' }, ONTOLOGY, ' · as ', KG.el('a', { href: '/def?format=turtle' }, 'Turtle'), ' · ',
      KG.el('a', { href: '/def?format=jsonld' }, 'JSON-LD')),
    KG.el('h2', {}, 'Classes 类'), KG.el('div', { id: 'classes' }, declared(NS.owl + 'Class').map(c => entry(c, 'class'))),
    KG.el('h2', {}, 'Properties 属性'), KG.el('div', { id: 'properties' },
      declared(NS.owl + 'ObjectProperty').map(p => entry(p, 'object property'))
        .concat(declared(NS.owl + 'DatatypeProperty').map(p => entry(p, 'datatype property')))));
  // the address's #Term, now that the entry exists
  if (location.hash) document.getElementById(decodeURIComponent(location.hash.slice(1)))?.scrollIntoView();
  document.body.dataset.ready = 'true';
}

showOntology().catch(e => document.getElementById('ontology').replaceChildren(KG.el('p', { class: 'error' }, e.message)));
