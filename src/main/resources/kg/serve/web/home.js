// The front page. An address of the Fuseki UI from before it moved to /?ui (/#/dataset/kg/query) goes on to it.
'use strict';

if (location.hash.startsWith('#/')) location.replace('/?ui' + location.hash);

/** A link to the review of every year the archive's newsletters cover, newest first. */
async function showReviews() {
  const series = await KG.query('series');
  if (series.length === 0) return;
  const first = Math.min(...series.map(s => Number(s.first)));
  const last = Math.max(...series.map(s => Number(s.last)));
  const links = [];
  for (let year = last; year >= first; year--) {
    links.push(KG.el('a', { href: '/review/' + year, class: 'review' }, String(year)), ' ');
  }
  document.getElementById('reviews').replaceChildren(...links);
}

document.addEventListener('DOMContentLoaded', () => {
  showReviews().catch(() => { /* the page still says where a review is */ })
    .finally(() => { document.body.dataset.ready = 'true'; });
});
