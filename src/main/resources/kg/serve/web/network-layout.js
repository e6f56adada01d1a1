// Where the people of the collaboration network go. The same data gives the same picture: nothing here is
// random, and a filter change leaves everyone who stays shown where they were, unless they grew into each other.
// No two people's boxes (body and label) overlap, so every name can be read.
'use strict';

const NetworkLayout = (() => {
  // cose stretches its result over the box it is given, and packs components to the box's proportions: a box of
  // SPREAD times the people's own area, in a screen's proportions, keeps the window size out of the picture
  const SPREAD = 3, ASPECT = 1.6;
  // room between two boxes, more than the border a selected or searched-for person gains
  const GAP = 8;
  const EPSILON = 1e-6;

  const byId = (a, b) => (a.id() < b.id() ? -1 : a.id() > b.id() ? 1 : 0);

  /**
   * Places the nodes of `cy`: those at a remembered position stay there, newcomers go beside the people they are
   * tied to, and a component of newcomers only is laid out afresh beside the rest. Then overlaps are removed;
   * the people in `keep` (ids) settle first, so they move only if they overlap each other.
   */
  function place(cy, remembered, keep) {
    const newcomers = cy.nodes().filter(n => !remembered.has(n.id()));
    cy.nodes().difference(newcomers).forEach(n => { n.position(remembered.get(n.id())); });
    if (newcomers.length === cy.nodes().length) {
      coseFrom(cy.elements());
    } else if (newcomers.nonempty()) {
      placeNewcomers(cy, newcomers);
    }
    separate(cy.nodes(), keep);
    cy.nodes().forEach(n => { remembered.set(n.id(), { ...n.position() }); });
  }

  // cose is deterministic apart from its `randomize` option and a random push between nodes at the very same
  // spot: a sunflower spiral in id order gives every node a start of its own.
  function coseFrom(eles) {
    const box = boxFor(eles.nodes()), spacing = 30, goldenAngle = Math.PI * (3 - Math.sqrt(5));
    eles.nodes().sort(byId).forEach((n, i) => {
      const angle = i * goldenAngle, radius = spacing * Math.sqrt(i);
      n.position({ x: box.x1 + box.w / 2 + radius * Math.cos(angle), y: box.y1 + box.h / 2 + radius * Math.sin(angle) });
    });
    eles.layout({ name: 'cose', animate: false, randomize: false, fit: false, boundingBox: box,
      nodeDimensionsIncludeLabels: true, nodeRepulsion: () => 40000, nodeOverlap: 40, idealEdgeLength: () => 90,
      componentSpacing: 60 }).run();
  }

  function boxFor(nodes) {
    const area = nodes.reduce((sum, n) => {
      const bb = n.boundingBox({ includeLabels: true });
      return sum + (bb.w + GAP) * (bb.h + GAP);
    }, 0);
    const h = Math.sqrt(SPREAD * area / ASPECT);
    return { x1: 0, y1: 0, w: ASPECT * h, h };
  }

  // A newcomer goes to the middle of its placed neighbours, in rounds so that a chain of newcomers follows its
  // anchor; separate() then moves it off whoever it lands on.
  function placeNewcomers(cy, newcomers) {
    const placed = new Set(cy.nodes().difference(newcomers).map(n => n.id()));
    let left = newcomers.sort(byId);
    for (let moved = true; moved && left.nonempty();) {
      moved = false;
      left = left.filter(n => {
        const anchors = n.neighborhood().nodes().filter(m => placed.has(m.id()));
        if (anchors.empty()) return true;
        n.position(centre(anchors));
        placed.add(n.id());
        moved = true;
        return false;
      });
    }
    if (left.nonempty()) {
      const others = cy.nodes().difference(left).boundingBox({ includeLabels: true });
      coseFrom(left.union(left.connectedEdges()));
      const mine = left.boundingBox({ includeLabels: true });
      left.shift({ x: others.x2 + 4 * GAP - mine.x1, y: others.y1 - mine.y1 });
    }
  }

  function centre(nodes) {
    const sum = nodes.reduce((s, n) => ({ x: s.x + n.position('x'), y: s.y + n.position('y') }), { x: 0, y: 0 });
    return { x: sum.x / nodes.length, y: sum.y / nodes.length };
  }

  // Greedy: people are settled one by one, each at the free spot nearest where it stands, so no box can overlap
  // one settled before it. Those to keep are settled first and stay put unless they grew into each other;
  // among the rest the busiest go first, as moving them would drag the most ties.
  function separate(nodes, keep) {
    const settled = [];
    nodes.sort((a, b) => (keep.has(b.id()) - keep.has(a.id())) || (b.degree() - a.degree()) || byId(a, b))
      .forEach(n => {
        const extent = extentOf(n);
        const spot = freeSpot(extent, n.position(), settled);
        n.position(spot);
        settled.push(boxAt(extent, spot));
      });
  }

  // How far a node's box, label included, reaches from its position on each side, with half the gap.
  function extentOf(n) {
    const bb = n.boundingBox({ includeLabels: true }), p = n.position(), half = GAP / 2;
    return { left: p.x - bb.x1 + half, right: bb.x2 - p.x + half, top: p.y - bb.y1 + half, bottom: bb.y2 - p.y + half };
  }

  function boxAt(extent, p) {
    return { x1: p.x - extent.left, x2: p.x + extent.right, y1: p.y - extent.top, y2: p.y + extent.bottom };
  }

  const overlap = (a, b) => a.x1 < b.x2 - EPSILON && b.x1 < a.x2 - EPSILON
    && a.y1 < b.y2 - EPSILON && b.y1 < a.y2 - EPSILON;

  // The nearest free spot is found among those just beside a box in the way, pushed along one axis: best first
  // by distance, so the search ends at the first free one.
  function freeSpot(extent, wanted, settled) {
    const distance = p => Math.hypot(p.x - wanted.x, p.y - wanted.y);
    const tried = new Set();
    const candidates = [wanted];
    for (;;) {
      candidates.sort((a, b) => distance(a) - distance(b));
      const c = candidates.shift();
      const key = c.x + ' ' + c.y;
      if (tried.has(key)) continue;
      tried.add(key);
      const blocking = settled.filter(b => overlap(boxAt(extent, c), b));
      if (blocking.length === 0) return c;
      for (const b of blocking) {
        candidates.push({ x: b.x1 - extent.right, y: c.y }, { x: b.x2 + extent.left, y: c.y },
          { x: c.x, y: b.y1 - extent.bottom }, { x: c.x, y: b.y2 + extent.top });
      }
    }
  }

  return { place };
})();
