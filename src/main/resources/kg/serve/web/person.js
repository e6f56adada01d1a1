// A person's page: what canned queries `person-profile` and `ties` say about them, each fact with its item.
'use strict';

const SECTIONS = [['title', 'Titles 职务'], ['work', 'Works 成果'], ['project', 'Projects 项目'], ['group', 'Groups 课题组'],
  ['event', 'Events 活动'], ['award', 'Awards 奖励']];

/** A work's DOI and web address as links; the address is left out when it is the DOI's own resolver link. */
function links(row) {
  const out = [];
  if (row.doi) out.push(' · ', KG.doiLink(row.doi));
  if (row.url && !(row.doi && row.url.toLowerCase() === 'https://doi.org/' + row.doi.toLowerCase())) {
    out.push(' · ', KG.urlLink(row.url));
  }
  return out;
}

async function showPerson() {
  const main = document.getElementById('person');
  const iri = KG.iriOfPage('person');
  const [profile, ties] = await Promise.all([KG.query('person-profile', { person: iri }), KG.query('ties', { person: iri })]);
  const me = profile.find(r => r.kind === 'person');
  if (!me) {
    main.replaceChildren(KG.el('p', { class: 'error' }, 'No person ' + iri + ' in the store.'));
    return;
  }
  document.title = me.label + ' · kg';
  const parts = [KG.el('h1', { id: 'name' }, me.label), KG.el('p', {}, me.detail, ' · ', me.role),
    KG.el('p', { class: 'muted' }, iri), KG.rdfLinks(iri)];
  for (const [kind, title] of SECTIONS) {
    const rows = profile.filter(r => r.kind === kind);
    if (rows.length === 0) continue;
    parts.push(KG.el('h2', {}, title), KG.el('ul', { class: 'facts', id: kind + 's' }, rows.map(r => KG.el('li', {},
      KG.el('span', { class: 'fact' }, r.label), r.detail ? ' · ' + r.detail : '', r.role ? ' — ' + r.role : '',
      links(r), KG.el('br'), 'source: ', KG.itemLink(r),
      r.evidence ? KG.el('q', { class: 'evidence' }, KG.linked(r.evidence)) : null))));
  }
  if (ties.length > 0) {
    const byPerson = new Map();
    for (const r of ties) {
      if (!byPerson.has(r.other)) byPerson.set(r.other, []);
      byPerson.get(r.other).push(r);
    }
    parts.push(KG.el('h2', {}, 'Collaborators 合作者 (' + byPerson.size + ')'),
      KG.el('ul', { class: 'facts', id: 'collaborators' }, [...byPerson.values()].map(rows => KG.el('li', {},
        KG.el('a', { href: KG.pageOf(rows[0].other) }, rows[0].otherName), ' — ',
        [...new Set(rows.map(r => r.basis))].join(', '),
        KG.el('ul', {}, rows.map(r => KG.el('li', {}, r.basis + ': ', KG.el('span', { class: 'fact' }, r.viaLabel),
          ' · source: ', KG.itemLink(r))))))));
  }
  main.replaceChildren(...parts);
  document.body.dataset.ready = 'true';
}

showPerson().catch(e => document.getElementById('person').replaceChildren(KG.el('p', { class: 'error' }, e.message)));
