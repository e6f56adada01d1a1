// The canned queries as examples: each opens in the Fuseki query UI, or runs over /api/queries.
'use strict';

async function showQueries() {
  document.getElementById('endpoint').textContent = location.origin + '/kg/sparql';
  const resp = await fetch('/api/queries');
  const queries = await resp.json();
  document.getElementById('queries').replaceChildren(...queries.map(q => KG.el('section', { id: 'q-' + q.name },
    KG.el('h2', {}, q.title, ' ', KG.el('code', {}, q.name)),
    KG.el('p', {}, q.description),
    q.parameters.length ? KG.el('ul', {}, q.parameters.map(p => KG.el('li', {}, KG.el('code', {}, p.name), ' (' + p.type + '): '
      + p.description))) : null,
    KG.el('p', {}, 'returns: ' + q.columns.join(', ')),
    KG.el('p', {},
      KG.el('a', { href: KG.QUERY_UI + '?query=' + encodeURIComponent(q.sparql), class: 'open-ui' }, 'Open in the query UI'),
      ' · ',
      KG.el('a', { href: '/api/queries/' + q.name + '?format=csv' }, 'CSV'), ' · ',
      KG.el('a', { href: '/api/queries/' + q.name + '?format=json' }, 'SPARQL JSON')),
    KG.el('details', {}, KG.el('summary', {}, 'SPARQL'), KG.el('pre', { class: 'sparql' }, q.sparql)))));
}

showQueries().catch(e => document.getElementById('queries').replaceChildren(KG.el('p', { class: 'error' }, e.message)));
