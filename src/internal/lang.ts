import { isServer } from 'lit';

/**
 * The language of an element: its own `lang`, or the nearest ancestor's, looking through shadow
 * roots to their hosts, so a widget inside another component still follows the page.
 */
export function resolveLang(element: Element): string {
  // A server render has no document around the element: only its own attribute counts.
  if (isServer) return element.getAttribute('lang') || 'en';
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element) {
      const lang = node.getAttribute('lang');
      if (lang) return lang;
    }
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return 'en';
}
