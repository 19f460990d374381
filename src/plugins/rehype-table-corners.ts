/**
 * Comparison tables often leave their top-left header cell empty. An empty
 * <th> is an accessibility error (it announces a header with no name), so it
 * becomes an ordinary empty <td>.
 */
interface Element {
  type: string;
  tagName?: string;
  children?: Element[];
  value?: string;
}

export function rehypeTableCorners() {
  return (tree: Element) => visit(tree);
}

function visit(node: Element): void {
  if (node.type === "element" && node.tagName === "th" && isBlank(node)) node.tagName = "td";
  node.children?.forEach(visit);
}

function isBlank(node: Element): boolean {
  return (node.children ?? []).every((child) => child.type === "text" && !child.value?.trim());
}
