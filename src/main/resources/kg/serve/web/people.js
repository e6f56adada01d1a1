// The people directory: one page of the canned query `people` at a time (its limit and offset), so that a screen
// asks for what it shows however large the archive; the page number is in the address (?page=N, from 1).
'use strict';

const PAGE_SIZE = 50;

function pageNumber() {
  const n = Number(new URLSearchParams(location.search).get('page'));
  return Number.isInteger(n) && n >= 1 ? n : 1;
}

function row(r) {
  const page = KG.pageOf(r.person);
  return KG.el('tr', {},
    KG.el('td', {}, KG.el('a', { href: page || r.person }, r.name)),
    KG.el('td', {}, r.internal === 'true' ? 'member' : ''),
    KG.el('td', {}, r.titles),
    KG.el('td', {}, r.org));
}

async function showPage(n) {
  // one row more than the page shows: whether there is a next page
  const rows = await KG.query('people', { limit: PAGE_SIZE + 1, offset: (n - 1) * PAGE_SIZE });
  const shown = rows.slice(0, PAGE_SIZE);
  const box = document.getElementById('people');
  box.replaceChildren(shown.length === 0
    ? KG.el('p', { id: 'none' }, n === 1 ? 'The archive names nobody yet.' : 'No people on this page.')
    : KG.el('table', { id: 'list' },
      KG.el('thead', {}, KG.el('tr', {}, KG.el('th', {}, 'Name'), KG.el('th', {}, 'Member'),
        KG.el('th', {}, 'Titles'), KG.el('th', {}, 'Affiliation'))),
      KG.el('tbody', {}, shown.map(row))));
  const first = (n - 1) * PAGE_SIZE + 1;
  document.getElementById('range').textContent = shown.length === 0 ? '' : first + '–' + (first + shown.length - 1);
  const previous = document.getElementById('previous');
  const next = document.getElementById('next');
  previous.disabled = n === 1;
  next.disabled = rows.length <= PAGE_SIZE;
  previous.onclick = () => { location.search = '?page=' + (n - 1); };
  next.onclick = () => { location.search = '?page=' + (n + 1); };
  document.body.dataset.ready = 'true';
}

showPage(pageNumber()).catch(e => {
  document.getElementById('people').replaceChildren(KG.el('p', { class: 'error' }, e.message));
  document.body.dataset.ready = 'true';
});
