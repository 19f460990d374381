/** Links to other sites in an entry's text open without giving that site a handle on this page or its address (a Sätteri hast plugin). */
import { defineHastPlugin } from "satteri";

export const externalLinks = defineHastPlugin({
  name: "external-links",
  element: {
    filter: ["a"],
    visit(node, ctx) {
      const href = node.properties.href;
      if (typeof href === "string" && /^(https?:)?\/\//i.test(href)) {
        ctx.setProperty(node, "rel", ["noopener", "noreferrer"]);
      }
    },
  },
});
