import { noChange } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

/**
 * Sets style properties through the CSSOM, on every render including the first. (Lit's styleMap
 * writes a `style` attribute string on first render, which a strict Content Security Policy
 * without 'unsafe-inline' for styles refuses.) Use on an element: `<div ${cssom({ color })}>`.
 */
class CssomDirective extends Directive {
  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('cssom() belongs on an element, not in an attribute');
  }

  render(_properties: Readonly<Record<string, string>>): typeof noChange {
    return noChange;
  }

  override update(part: ElementPart, [properties]: [Readonly<Record<string, string>>]): typeof noChange {
    const { style } = part.element as HTMLElement;
    for (const [name, value] of Object.entries(properties)) style.setProperty(name, value);
    return noChange;
  }
}

export const cssom = directive(CssomDirective);
