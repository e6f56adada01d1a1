// The uncertain decisions of resolution (canned query `doubtful-people`), each with its evidence and the line
// for data/people.json that reverses it.
'use strict';

function personLink(iri, name) {
  return KG.el('a', { href: KG.pageOf(iri) || iri }, name || iri);
}

function doubt(row) {
  const apart = row.outcome === 'apart';
  return KG.el('li', { class: 'doubt ' + row.outcome },
    KG.el('p', {},
      personLink(row.person, row.name),
      apart ? ' kept apart from ' : ' joined on thin evidence',
      apart ? personLink(row.other, row.otherName) : ''),
    KG.el('p', { class: 'muted' }, row.reason),
    KG.el('p', {}, KG.el('a', { href: KG.pageOf(row.item) || row.item, class: 'item' }, row.issue), ': ',
      KG.el('q', {}, row.evidence)),
    KG.el('p', {}, apart ? 'To join them, add: ' : 'To keep them apart, add: ', KG.el('code', { class: 'line' }, row.line)));
}

async function showDoubts() {
  const rows = await KG.query('doubtful-people');
  const box = document.getElementById('doubts');
  box.replaceChildren(rows.length === 0
    ? KG.el('p', { id: 'none' }, 'No doubtful decisions: every person was joined or kept apart on clear evidence.')
    : KG.el('ol', { id: 'list' }, rows.map(doubt)));
  document.body.dataset.ready = 'true';
}

showDoubts().catch(e => document.getElementById('doubts').replaceChildren(KG.el('p', { class: 'error' }, e.message)));
