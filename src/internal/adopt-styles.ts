import type { LitElement } from 'lit';

/**
 * For an element moved into another document (an iframe, a popup): stylesheets built in the first
 * document may not be shared with the second, so the browser drops them. This builds the same
 * sheets again in the new document, through the CSSOM so a strict Content Security Policy still
 * allows them. Loaded only when an element moves, which few pages ever do.
 */
export function adoptStyles(element: LitElement): void {
  const view = element.ownerDocument.defaultView;
  if (!view || !element.shadowRoot) return;
  // Every element's styles are Lit `css` results, whose text is their string form.
  element.shadowRoot.adoptedStyleSheets = (element.constructor as typeof LitElement).elementStyles.map((style) => {
    const sheet = new view.CSSStyleSheet();
    sheet.replaceSync(String(style));
    return sheet;
  });
}
