// A newsletter item's text: the source every fact links to (canned query `item`).
'use strict';

async function showItem() {
  const main = document.getElementById('item');
  const iri = KG.iriOfPage('item');
  const [item] = await KG.query('item', { item: iri });
  if (!item) {
    main.replaceChildren(KG.el('p', { class: 'error' }, 'No newsletter item ' + iri + ' in the store.'));
    return;
  }
  document.title = item.title + ' · kg';
  main.replaceChildren(
    KG.el('p', { class: 'muted' }, item.issue, ' · ', item.section || '', ' ', item.position, item.date ? ' · ' + item.date : ''),
    KG.el('h1', { id: 'title' }, item.title),
    KG.el('pre', { class: 'text', id: 'text' }, KG.linked(item.text)),
    KG.el('p', { class: 'muted' }, iri), KG.rdfLinks(iri));
  document.body.dataset.ready = 'true';
}

showItem().catch(e => document.getElementById('item').replaceChildren(KG.el('p', { class: 'error' }, e.message)));
