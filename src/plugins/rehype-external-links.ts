/** Links to other sites in an entry's text open without giving that site a handle on this page or its address. */
interface Element {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: Element[];
}

export function rehypeExternalLinks() {
  return (tree: Element) => visit(tree);
}

function visit(node: Element): void {
  const href = node.properties?.href;
  if (node.tagName === "a" && typeof href === "string" && /^(https?:)?\/\//i.test(href)) {
    node.properties!.rel = ["noopener", "noreferrer"];
  }
  node.children?.forEach(visit);
}
