/**
 * Tables in entries, made accessible: an empty top-left header cell (common in
 * comparison tables) announces a header with no name, so it becomes an ordinary
 * <td>; and each table sits in a keyboard-focusable region, because on a phone
 * it scrolls sideways.
 */
interface Element {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: Element[];
  value?: string;
}

export function rehypeTables() {
  return (tree: Element) => visit(tree);
}

function visit(node: Element): void {
  if (node.type === "element" && node.tagName === "th" && isBlank(node)) node.tagName = "td";
  node.children?.forEach((child, i) => {
    visit(child);
    if (child.type === "element" && child.tagName === "table") node.children![i] = scrollRegion(child);
  });
}

function scrollRegion(table: Element): Element {
  return {
    type: "element",
    tagName: "div",
    properties: { className: ["table-scroll"], tabIndex: 0, role: "region", ariaLabel: "Table" },
    children: [table],
  };
}

function isBlank(node: Element): boolean {
  return (node.children ?? []).every((child) => child.type === "text" && !child.value?.trim());
}
