// A resource of the graph that has no page of its own (a work, a project, an organisation, an event …): what
// its description at /id/… says, each credit and role with the newsletter item it came from.
'use strict';

const NS = Object.fromEntries(KG.PREFIXES);
const RDF_TYPE = NS.rdf + 'type';
const KG_DEF = NS.kg;
const SOURCE = [NS.prov + 'wasDerivedFrom', KG_DEF + 'mentionedIn'];
// what a resource is called: its label, else its title or name, else (an untitled work) its DOI
const LABELS = [NS.rdfs + 'label', KG_DEF + 'title', KG_DEF + 'name', KG_DEF + 'doi'];

/** A property named as prefix:local, a kg term linked to its entry in the ontology's page. */
function property(iri) {
  return iri.startsWith(KG_DEF) ? KG.el('a', { href: '/def#' + iri.slice(KG_DEF.length), class: 'term' }, KG.curie(iri))
    : KG.el('span', { class: 'term' }, KG.curie(iri));
}

async function showResource() {
  const main = document.getElementById('resource');
  const path = location.pathname.slice('/about/'.length);
  const iri = KG.DATA + path;
  const triples = await KG.triples('/id/' + path);
  const of = s => triples.filter(t => t.s === s);
  const label = s => {
    for (const p of LABELS) {
      const found = of(s).filter(t => t.p === p && t.o.value !== undefined);
      if (found.length) return (found.find(t => t.o.lang === 'zh') || found[0]).o.value;
    }
    return null;
  };
  const value = o => o.iri !== undefined ? KG.resourceLink(o.iri, label(o.iri))
    : [...KG.linked(o.value), o.lang ? KG.el('span', { class: 'muted' }, ' @' + o.lang) : null];
  // kg's own properties first, then the standard terms the graph states beside them
  const order = t => (t.p.startsWith(KG_DEF) ? '0' : '1') + KG.curie(t.p);
  const table = (s, skip) => KG.el('table', { class: 'facts' }, of(s).filter(t => !skip.includes(t.p))
    .sort((a, b) => order(a).localeCompare(order(b))).map(t => KG.el('tr', {}, KG.el('th', {}, property(t.p)), KG.el('td', {}, value(t.o)))));
  const sources = new Set(triples.filter(t => t.p === KG_DEF + 'inIssue').map(t => t.s));
  const sourceLinks = s => of(s).filter(t => SOURCE.includes(t.p) && sources.has(t.o.iri))
    .map(t => KG.el('a', { href: KG.pageOf(t.o.iri), class: 'item' }, label(t.o.iri) || t.o.iri));

  const types = of(iri).filter(t => t.p === RDF_TYPE).map(t => KG.curie(t.o.iri));
  document.title = (label(iri) || iri) + ' · kg';
  const parts = [KG.el('h1', { id: 'label' }, label(iri) || KG.curie(iri)),
    KG.el('p', { id: 'types' }, types.filter(t => t.startsWith('kg:')).join(', '),
      KG.el('span', { class: 'muted' }, ' · ', types.filter(t => !t.startsWith('kg:')).join(', '))),
    KG.el('p', { class: 'muted' }, iri), KG.rdfLinks(iri),
    KG.el('h2', {}, 'Facts 事实'), table(iri, [RDF_TYPE])];
  const from = sourceLinks(iri);
  if (from.length) parts.push(KG.el('p', { id: 'sources' }, 'source: ', from.flatMap((a, i) => i ? [' · ', a] : [a])));
  // the nodes of its credits, roles, memberships, participations and awards: each says who, how, and from where
  const nodes = [...new Set(triples.filter(t => t.o.iri === iri && t.s !== iri && !SOURCE.includes(t.p)).map(t => t.s))];
  if (nodes.length) {
    parts.push(KG.el('h2', {}, 'Credits and roles 署名与角色 (' + nodes.length + ')'),
      KG.el('ul', { class: 'facts', id: 'nodes' }, nodes.map(n => KG.el('li', {},
        of(n).filter(t => t.p === RDF_TYPE).map(t => KG.curie(t.o.iri)).filter(t => t.startsWith('kg:')).join(', '),
        table(n, [RDF_TYPE, KG_DEF + 'evidence', ...SOURCE]),
        'source: ', sourceLinks(n),
        of(n).filter(t => t.p === KG_DEF + 'evidence').map(t => KG.el('q', { class: 'evidence' }, KG.linked(t.o.value)))))));
  }
  main.replaceChildren(...parts);
  document.body.dataset.ready = 'true';
}

showResource().catch(e => document.getElementById('resource').replaceChildren(KG.el('p', { class: 'error' }, e.message)));
