/**
 * Tables in entries, made accessible (a Sätteri hast plugin): an empty top-left header
 * cell (common in comparison tables) announces a header with no name, so it becomes an
 * ordinary <td>; and each table sits in a keyboard-focusable region, because on a phone
 * it scrolls sideways, named "Table 1", "Table 2" and so on down the entry.
 */
import { defineHastPlugin } from "satteri";
import type { Element } from "hast";

export const tables = () => {
  // A page can hold several tables: each region gets its own name ("Table 1", "Table 2"), so that
  // screen readers can tell them apart (axe: landmark-unique). The count starts again for each entry.
  let count = 0;
  return defineHastPlugin({
    name: "tables",
    element: {
      filter: ["th", "table"],
      visit(node, ctx) {
        if (node.tagName === "table") {
          count += 1;
          ctx.wrapNode(node, {
            type: "element",
            tagName: "div",
            properties: { className: ["table-scroll"], tabIndex: 0, role: "region", ariaLabel: `Table ${count}` },
            children: [],
          });
        } else if (isBlank(node)) {
          ctx.replaceNode(node, { ...node, tagName: "td", children: [...node.children] });
        }
      },
    },
  });
};

function isBlank(node: Element): boolean {
  return node.children.every((child) => child.type === "text" && !child.value.trim());
}
