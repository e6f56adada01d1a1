// The collaboration network: draws exactly the rows of canned query `network` for the chosen filters,
// one node per person at either end of a tie and one edge per row.
'use strict';

const BASIS_COLOURS = { coauthor: '#1f77b4', project: '#2ca02c', group: '#ff7f0e', event: '#9467bd', mixed: '#d62728' };
const $ = id => document.getElementById(id);

// What the page shows, for people and for the browser tests: the rows, the elements, whose evidence is in the
// panel, and timings.
const state = window.kgNetwork = { rows: [], params: {}, renders: 0, loadMs: null, firstLoadMs: null, cy: null,
  maxWeight: 2, evidenceOf: null };

// Ties scale to the largest weight on show, so a filtered network still shows its spread.
const scale = (value, max, lo, hi) => lo + (hi - lo) * (value - 1) / (max - 1);
// A person's size follows their degree alone, not the largest on show: a filter that drops ties then only
// shrinks people, and those who stay can keep their places without running into each other.
const nodeSize = degree => Math.min(54, 14 + 6 * Math.sqrt(degree - 1));
// below this the fit would shrink 11 px names past reading
const MIN_FIT_ZOOM = 0.8;
// where each person was drawn on this visit, so that a filter change moves no one who stays
const positions = new Map();

const cy = state.cy = cytoscape({
  container: $('cy'),
  wheelSensitivity: 0.3,
  style: [
    { selector: 'node', style: {
      'label': 'data(name)', 'font-size': 11, 'text-valign': 'bottom', 'text-margin-y': 3,
      'text-outline-color': '#fff', 'text-outline-width': 2,
      'font-family': '"Noto Sans CJK SC", "Noto Sans SC", sans-serif',
      'width': ele => nodeSize(ele.data('degree')),
      'height': ele => nodeSize(ele.data('degree')),
      'background-color': ele => ele.data('internal') ? '#6a2c91' : '#8d8d8d' } },
    { selector: 'edge', style: {
      'width': ele => scale(ele.data('weight'), state.maxWeight, 1.5, 8),
      'line-color': 'data(colour)', 'opacity': 0.7, 'curve-style': 'haystack' } },
    { selector: '.faded', style: { 'opacity': 0.12 } },
    { selector: 'node.hit', style: { 'border-width': 3, 'border-color': '#ffd600' } },
    { selector: ':selected', style: { 'border-width': 3, 'border-color': '#000', 'line-color': '#000' } },
  ],
});

// Cytoscape keeps where its canvas sits on the page and notices only changes of the canvas's own size. When the
// header or the controls above rewrap (the newsletter list fills in, the status changes), the canvas moves and
// clicks would land a few pixels off: in a bundle of ties, on a neighbouring one.
const canvasMoved = new ResizeObserver(() => cy.resize());
for (const above of [document.querySelector('header.top'), $('controls')]) {
  canvasMoved.observe(above, { box: 'border-box' });
}

function params() {
  const bases = [...document.querySelectorAll('#bases input:checked')].map(i => i.value);
  return {
    from: $('from').value, to: $('to').value, series: $('series').value,
    bases: bases.join(' ') || 'none',
    internalOnly: $('internalOnly').checked ? 'true' : '',
    minWeight: $('minWeight').value > 1 ? $('minWeight').value : '',
  };
}

async function load() {
  clearEvidence();
  const p = params();
  $('status').textContent = 'loading…';
  const started = performance.now();
  let rows;
  try {
    rows = await KG.query('network', p);
  } catch (e) {
    $('status').textContent = e.message;
    $('status').className = 'error';
    return;
  }
  state.loadMs = performance.now() - started;
  if (state.firstLoadMs === null) state.firstLoadMs = state.loadMs;
  state.rows = rows;
  state.params = p;
  draw(rows);
  $('status').className = 'muted';
  $('status').textContent = cy.nodes().length + ' people, ' + cy.edges().length + ' ties';
  state.renders++;
  document.body.dataset.renders = String(state.renders);
}

function draw(rows) {
  const nodes = new Map();
  const edges = [];
  const person = (iri, name, pinyin, internal, org) => {
    if (!nodes.has(iri)) {
      nodes.set(iri, { id: iri, name, pinyin, internal: internal === 'true', org, degree: 0 });
    }
    return nodes.get(iri);
  };
  for (const r of rows) {
    person(r.a, r.aName, r.aPinyin, r.aInternal, r.aOrg).degree++;
    person(r.b, r.bName, r.bPinyin, r.bInternal, r.bOrg).degree++;
    const bases = r.basis.split(' ');
    edges.push({ id: r.a + ' ' + r.b, source: r.a, target: r.b, weight: Number(r.weight), basis: r.basis,
      colour: BASIS_COLOURS[bases.length > 1 ? 'mixed' : bases[0]] || BASIS_COLOURS.mixed,
      items: r.items, firstYear: r.firstYear, lastYear: r.lastYear });
  }
  state.maxWeight = Math.max(2, ...edges.map(e => e.weight));
  const shownBefore = new Set(cy.nodes().map(n => n.id()));
  // in id order, as cose's result depends on the order it meets the nodes in
  const byId = (x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0);
  cy.batch(() => {
    cy.elements().remove();
    cy.add([...nodes.values()].sort(byId).map(data => ({ group: 'nodes', data })));
    cy.add(edges.sort(byId).map(data => ({ group: 'edges', data })));
  });
  NetworkLayout.place(cy, positions, shownBefore);
  // those who stay keep their place on screen too; with no one staying there is no place to keep
  if (!cy.nodes().some(n => shownBefore.has(n.id()))) fitReadable();
  const names = $('names');
  names.replaceChildren(...[...nodes.values()]
    .sort((x, y) => x.name.localeCompare(y.name, 'zh'))
    .map(n => KG.el('option', { value: n.name }, n.pinyin)));
  highlight($('search').value);
}

// Names stay readable: past the minimum zoom the view shows the busiest person and the reader pans to the rest.
function fitReadable() {
  cy.fit(undefined, 20);
  if (cy.zoom() < MIN_FIT_ZOOM) {
    cy.zoom(MIN_FIT_ZOOM);
    cy.center(cy.nodes().max(n => n.degree()).ele);
  }
}

// The page opens on the newest newsletter's latest year: the whole archive's network (a faculty's newsletters
// over many years) grows with it and is no picture. The newsletter list offers the others, and all of them.
async function setNewsletters() {
  const series = await KG.query('series');
  if (series.length === 0) return;
  const select = $('series');
  select.replaceChildren(KG.el('option', { value: '' }, 'all newsletters'),
    ...series.map(s => KG.el('option', { value: s.series }, '《' + s.series + '》 ' + s.first + '–' + s.last)));
  select.value = series[0].series;
  // an item may be dated the year before its issue
  const first = Math.min(...series.map(s => Number(s.first))) - 1, last = Math.max(...series.map(s => Number(s.last)));
  for (const id of ['from', 'to']) { $(id).min = first; $(id).max = last; }
  $('from').placeholder = first;
  $('to').placeholder = last;
  $('from').value = series[0].last;
  $('to').value = series[0].last;
}

function highlight(text) {
  const q = text.trim().toLowerCase();
  cy.elements().removeClass('faded hit');
  if (!q) return;
  const hits = cy.nodes().filter(n => n.data('name').toLowerCase() === q
    || n.data('name').toLowerCase().includes(q) || n.data('pinyin').toLowerCase().includes(q));
  if (hits.empty()) return;
  const near = hits.closedNeighborhood();
  cy.elements().not(near).addClass('faded');
  hits.addClass('hit');
  cy.animate({ fit: { eles: near, padding: 40 } }, { duration: 300 });
}

// ---- the evidence panel

const PROMPT = $('panel').firstElementChild;

// Evidence arrives after a query, and by then a click elsewhere or a filter change may have taken the panel:
// what is filled in through this is dropped unless the panel still belongs to the element `id`.
function panelFor(id) {
  state.evidenceOf = id;
  return (...children) => {
    if (state.evidenceOf === id) $('panel').replaceChildren(...children);
  };
}

// The hover label and the evidence describe the drawing before a filter change, and may be of someone no
// longer shown.
function clearEvidence() {
  $('tooltip').hidden = true;
  panelFor(null)(PROMPT);
}

function showEvidence(ele, show) {
  const panel = panelFor(ele.id());
  show(ele, panel).catch(err => panel(KG.el('p', { class: 'error' }, err.message)));
}

async function showPerson(node, panel) {
  const d = node.data();
  const page = KG.pageOf(d.id);
  panel(KG.el('h2', {}, d.name), KG.el('p', {}, d.pinyin, ' · ', d.internal ? 'internal' : 'external',
    d.org ? ' · ' + d.org : ''), KG.el('p', {}, KG.el('a', { href: page, id: 'person-page' }, 'Person page →')),
    KG.el('p', { class: 'muted' }, 'loading evidence…'));
  const rows = await KG.query('person-profile', { person: d.id });
  const sections = [];
  for (const [kind, title] of [['work', 'Works'], ['project', 'Projects'], ['group', 'Groups'], ['event', 'Events'],
    ['award', 'Awards'], ['title', 'Titles']]) {
    const mine = rows.filter(r => r.kind === kind);
    if (mine.length === 0) continue;
    sections.push(KG.el('h3', {}, title + ' (' + new Set(mine.map(r => r.thing)).size + ')'),
      KG.el('ul', { class: 'facts evidence-list' }, mine.map(r => KG.el('li', {},
        KG.el('span', { class: 'fact' }, r.label), r.role ? ' — ' + r.role : '', r.detail ? ' · ' + r.detail : '',
        KG.el('br'), 'source: ', KG.itemLink(r)))));
  }
  panel(KG.el('h2', {}, d.name), KG.el('p', {}, d.pinyin, ' · ', d.internal ? 'internal' : 'external',
    d.org ? ' · ' + d.org : ''), KG.el('p', {}, KG.el('a', { href: page, id: 'person-page' }, 'Person page →')),
    ...sections);
}

async function showTie(edge, panel) {
  const d = edge.data();
  const a = cy.getElementById(d.source).data(), b = cy.getElementById(d.target).data();
  const head = [KG.el('h2', {}, a.name, ' — ', b.name),
    KG.el('p', {}, 'basis: ' + d.basis + ' · weight ' + d.weight + ' (distinct works, projects, groups'
      + (state.params.bases.includes('event') ? ', events' : '') + ')'),
    KG.el('p', {}, KG.el('a', { href: KG.pageOf(a.id) }, a.name), ' · ', KG.el('a', { href: KG.pageOf(b.id) }, b.name))];
  panel(...head, KG.el('p', { class: 'muted' }, 'loading evidence…'));
  const rows = (await KG.query('ties', { person: d.source, with: d.target }))
    .filter(r => state.params.bases.split(' ').includes(r.basis));
  panel(...head, KG.el('ul', { class: 'facts evidence-list' }, rows.map(r => KG.el('li', {},
    KG.el('b', {}, r.basis), ': ', KG.el('span', { class: 'fact' }, r.viaLabel), KG.el('br'), 'source: ', KG.itemLink(r),
    r.evidence ? KG.el('q', { class: 'evidence' }, r.evidence) : null))));
}

cy.on('tap', 'node', e => showEvidence(e.target, showPerson));
cy.on('tap', 'edge', e => showEvidence(e.target, showTie));
cy.on('mouseover', 'node', e => {
  const t = $('tooltip');
  t.textContent = e.target.data('pinyin') + (e.target.data('org') ? ' · ' + e.target.data('org') : '');
  t.style.left = (e.originalEvent.clientX + 12) + 'px';
  t.style.top = (e.originalEvent.clientY + 12) + 'px';
  t.hidden = false;
});
cy.on('mouseout', 'node', () => { $('tooltip').hidden = true; });

// ---- exports

$('png').addEventListener('click', () => {
  KG.download(cy.png({ full: true, scale: 2, bg: '#ffffff', output: 'blob' }), 'kg-network.png');
});

$('gexf').addEventListener('click', () => {
  KG.download(new Blob([gexf()], { type: 'application/xml' }), 'kg-network.gexf');
});

/** The drawn network as GEXF 1.3 for Gephi, built with the XML DOM so every name is escaped. */
function gexf() {
  const NS = 'http://gexf.net/1.3';
  const doc = document.implementation.createDocument(NS, 'gexf', null);
  const x = (tag, attrs = {}, ...kids) => {
    const e = doc.createElementNS(NS, tag);
    for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
    e.append(...kids);
    return e;
  };
  const root = doc.documentElement;
  root.setAttribute('version', '1.3');
  const nodeAttrs = x('attributes', { class: 'node' },
    x('attribute', { id: 'pinyin', title: 'pinyin', type: 'string' }),
    x('attribute', { id: 'internal', title: 'internal', type: 'boolean' }),
    x('attribute', { id: 'org', title: 'org', type: 'string' }));
  const edgeAttrs = x('attributes', { class: 'edge' },
    x('attribute', { id: 'basis', title: 'basis', type: 'string' }),
    x('attribute', { id: 'items', title: 'items', type: 'string' }));
  const nodes = x('nodes', {}, ...cy.nodes().map(n => x('node', { id: n.id(), label: n.data('name') },
    x('attvalues', {},
      x('attvalue', { for: 'pinyin', value: n.data('pinyin') }),
      x('attvalue', { for: 'internal', value: n.data('internal') }),
      x('attvalue', { for: 'org', value: n.data('org') || '' })))));
  const edges = x('edges', {}, ...cy.edges().map(e => x('edge',
    { id: e.id(), source: e.data('source'), target: e.data('target'), weight: e.data('weight') },
    x('attvalues', {},
      x('attvalue', { for: 'basis', value: e.data('basis') }),
      x('attvalue', { for: 'items', value: e.data('items') })))));
  root.append(x('meta', {}, x('creator', {}, 'kg'), x('description', {}, 'Collaboration network ' + JSON.stringify(state.params))),
    x('graph', { defaultedgetype: 'undirected' }, nodeAttrs, edgeAttrs, nodes, edges));
  return '<?xml version="1.0" encoding="UTF-8"?>\n' + new XMLSerializer().serializeToString(doc);
}
state.gexf = gexf;

// ---- controls

for (const id of ['series', 'from', 'to', 'minWeight', 'internalOnly']) $(id).addEventListener('change', load);
document.querySelectorAll('#bases input').forEach(i => i.addEventListener('change', load));
$('search').addEventListener('input', e => highlight(e.target.value));
$('controls').addEventListener('submit', e => e.preventDefault());

setNewsletters().catch(e => { $('status').textContent = e.message; }).finally(load);
