/**
 * The concept map: which terms a map shows and where each one sits. Layouts are
 * computed at build time with d3-force and drawn as static SVG
 * (src/components/ConceptMap.astro), so a reader needs no JavaScript to see them.
 * d3-force seeds its own random source, so the same graph always gets the same layout.
 */
import { forceCollide, forceLink, forceRadial, forceSimulation, forceX, forceY, type SimulationNodeDatum } from "d3-force";
import type { TermGraph } from "./term-graph.ts";

export interface MapTerm {
  slug: string;
  title: string;
  category: string;
}

export interface MapNode extends MapTerm {
  x: number;
  y: number;
  /** The circle's radius. */
  r: number;
  /** The term the map is about, on a term page's map. */
  center: boolean;
}

export interface MapEdge {
  source: string;
  target: string;
  /** Drawn dashed: on a term page, an entry that mentions the term without being among its related terms. */
  dashed?: boolean;
}

export interface MapLayout {
  nodes: MapNode[];
  edges: MapEdge[];
  /** The drawing's size: every node and label lies within it. */
  width: number;
  height: number;
}

/** Label size in the drawing's units: the labels are drawn at this font size, below their circle. */
export const LABEL_FONT_SIZE = 14;
export const LABEL_LINE_HEIGHT = 16;
const LABEL_GAP = 4;
/** Titles longer than this are set on two lines, so that a map stays narrow enough for a phone. */
const LINE_LENGTH = 16;

/** A title as one or two label lines, broken at the space or hyphen nearest the middle. */
export function labelLines(title: string): string[] {
  if (title.length <= LINE_LENGTH) return [title];
  const breaks = [...title.matchAll(/[ -]/g)].map((m) => (m[0] === "-" ? m.index + 1 : m.index));
  if (breaks.length === 0) return [title];
  const at = breaks.reduce((best, b) => (Math.abs(b - title.length / 2) < Math.abs(best - title.length / 2) ? b : best));
  return [title.slice(0, at).trim(), title.slice(at).trim()];
}

/**
 * A rough width of a label, for spacing: the average glyph width of a wide sans-serif font (such as DejaVu Sans) at
 * LABEL_FONT_SIZE, a tenth more for the center term's label, which is bold.
 */
const labelWidth = (n: { title: string; center?: boolean }) =>
  Math.max(...labelLines(n.title).map((line) => line.length)) * LABEL_FONT_SIZE * 0.6 * (n.center ? 1.1 : 1);
const labelHeight = (title: string) => labelLines(title).length * LABEL_LINE_HEIGHT;

/**
 * The terms a term page's map shows: its related terms first, in their order, then the
 * entries that link to it, those it links back to first; at most `max` in all.
 */
export function pickNeighbors(slug: string, related: string[], graph: TermGraph, max = 12): { shown: string[]; more: number } {
  const linksOut = new Set(graph.linksOut.get(slug) ?? []);
  const backlinks = (graph.backlinks.get(slug) ?? []).filter((s) => !related.includes(s));
  const mutualFirst = [...backlinks.filter((s) => linksOut.has(s)), ...backlinks.filter((s) => !linksOut.has(s))];
  const all = [...related, ...mutualFirst];
  return { shown: all.slice(0, max), more: Math.max(0, all.length - max) };
}

interface SimNode extends SimulationNodeDatum, MapTerm {
  r: number;
  center: boolean;
}

interface LayoutOptions {
  /** A term to hold at the middle (a term page's map). */
  center?: string;
  /** Where each term is pulled to (the whole glossary's map pulls each category to its own place). */
  anchor?: (term: MapTerm) => { x: number; y: number };
  /** The distance from the center each term is pulled to (a term page's map sets its terms in rings). */
  ring?: (term: MapTerm) => number;
  /** The circles' radius. */
  radius?: number;
  linkDistance?: number;
  /** Space kept around the drawing. */
  margin?: number;
}

/** Places the terms with a force simulation, run to the end at build time. */
export function layoutMap(terms: MapTerm[], edges: MapEdge[], options: LayoutOptions = {}): MapLayout {
  const { center, anchor, ring, radius = 7, linkDistance = 90, margin = 8 } = options;
  const nodes: SimNode[] = terms.map((t) => ({ ...t, r: t.slug === center ? radius * 1.6 : radius, center: t.slug === center }));
  for (const node of nodes) if (node.center) Object.assign(node, { fx: 0, fy: 0 });
  if (anchor) {
    // Start each term near its category's place, on a spiral, so that the simulation only has to settle them.
    const placed = new Map<string, number>();
    for (const n of nodes) {
      const { x, y } = anchor(n);
      const k = placed.get(`${x} ${y}`) ?? 0;
      placed.set(`${x} ${y}`, k + 1);
      const [distance, angle] = [12 * Math.sqrt(k + 0.5), k * Math.PI * (3 - Math.sqrt(5))];
      Object.assign(n, { x: x + distance * Math.cos(angle), y: y + distance * Math.sin(angle) });
    }
  }
  if (ring) {
    // Start the terms of each ring evenly spaced around it, so that the simulation only has to settle them.
    const rings = Map.groupBy(nodes.filter((n) => !n.center), (n) => ring(n));
    [...rings].forEach(([distance, members], r) =>
      members.forEach((n, i) => {
        const angle = (2 * Math.PI * (i + r / 2)) / members.length;
        Object.assign(n, { x: Math.cos(angle) * distance, y: Math.sin(angle) * distance });
      }),
    );
  }
  const simulation = forceSimulation(nodes)
    .force("link", forceLink<SimNode, { source: string; target: string }>(edges.map((e) => ({ ...e }))).id((n) => n.slug).distance(linkDistance).strength(anchor ? 0.02 : 0.4))
    // Terms are kept apart by collision alone: a many-body force would cost most of the time, for little.
    // A label is wider than tall: keep nodes apart by about half its width, so neighbors' labels rarely touch.
    .force("collide", forceCollide<SimNode>((n) => Math.max(n.r, labelWidth(n) / 2, labelHeight(n.title)) + 5).iterations(1))
    // Terms that start near their place settle in far fewer steps.
    .alphaDecay(ring ? 0.3 : anchor ? 0.15 : 0.0228)
    .stop();
  if (anchor) {
    simulation.force("x", forceX<SimNode>((n) => anchor(n).x).strength(0.5));
    simulation.force("y", forceY<SimNode>((n) => anchor(n).y).strength(0.5));
  } else if (ring) {
    simulation.force("ring", forceRadial<SimNode>((n) => (n.center ? 0 : ring(n)), 0, 0).strength(0.9));
  } else if (!center) {
    simulation.force("x", forceX(0).strength(0.05)).force("y", forceY(0).strength(0.05));
  }
  simulation.tick(Math.ceil(Math.log(simulation.alphaMin()) / Math.log(1 - simulation.alphaDecay())));
  return fit(nodes, edges, margin);
}

/** Moves the drawing so that every circle and label is inside it, with a margin. */
function fit(nodes: SimNode[], edges: MapEdge[], margin: number): MapLayout {
  const left = (n: SimNode) => n.x! - Math.max(n.r, labelWidth(n) / 2);
  const right = (n: SimNode) => n.x! + Math.max(n.r, labelWidth(n) / 2);
  const top = (n: SimNode) => n.y! - n.r;
  const bottom = (n: SimNode) => n.y! + n.r + LABEL_GAP + labelHeight(n.title);
  const minX = Math.min(...nodes.map(left)) - margin;
  const minY = Math.min(...nodes.map(top)) - margin;
  const round = (v: number) => Math.round(v * 10) / 10;
  return {
    nodes: nodes.map((n) => ({ slug: n.slug, title: n.title, category: n.category, r: n.r, center: n.center, x: round(n.x! - minX), y: round(n.y! - minY) })),
    edges,
    width: Math.ceil(Math.max(...nodes.map(right)) - minX + margin),
    height: Math.ceil(Math.max(...nodes.map(bottom)) - minY + margin),
  };
}

/** Where a label's baseline sits below its node. */
export const labelY = (node: MapNode) => node.y + node.r + LABEL_GAP + LABEL_FONT_SIZE * 0.8;

/**
 * Places for the categories on the whole glossary's map: a grid two columns wide, in
 * the given order, so that the map reads from the top left and scrolls down on a phone.
 */
export function categoryAnchors(categories: readonly string[], spacing: number): Map<string, { x: number; y: number }> {
  return new Map(categories.map((id, i) => [id, { x: (i % 2) * spacing, y: Math.floor(i / 2) * spacing }]));
}

/** A category's name on the whole glossary's map, set above its terms. */
export interface MapGroup {
  category: string;
  x: number;
  y: number;
}

/**
 * The whole glossary's map: every term, each category pulled to its own place on a grid
 * (categoryAnchors), joined by their `related` lists (the links the writers chose, fewer than all links).
 */
export function layoutGlossary(terms: (MapTerm & { related: string[] })[], categories: readonly string[]): MapLayout & { groups: MapGroup[] } {
  const anchors = categoryAnchors(categories, Math.round(48 * Math.sqrt(terms.length)));
  const pairs = new Map<string, MapEdge>();
  for (const term of terms) {
    for (const other of term.related) {
      const [source, target] = [term.slug, other].sort();
      pairs.set(`${source} ${target}`, { source, target });
    }
  }
  const layout = layoutMap(terms, [...pairs.values()], {
    anchor: (t) => anchors.get(t.category)!,
    radius: 6,
    linkDistance: 60,
  });
  const groups = categories.map((category) => {
    const members = layout.nodes.filter((n) => n.category === category);
    const x = members.reduce((sum, n) => sum + n.x, 0) / members.length;
    return { category, x: Math.round(x), y: Math.round(Math.min(...members.map((n) => n.y)) - 28) };
  });
  // Make room above the highest name.
  const shift = Math.max(0, 30 - Math.min(...groups.map((g) => g.y)));
  return {
    ...layout,
    height: layout.height + shift,
    nodes: layout.nodes.map((n) => ({ ...n, y: n.y + shift })),
    groups: groups.map((g) => ({ ...g, y: g.y + shift })),
  };
}
