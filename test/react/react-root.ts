import type * as React from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';

/**
 * A React root in a fresh element for each test of the surrounding `describe`, unmounted and
 * removed after it. `show` renders synchronously, so the DOM is there when it returns.
 */
export function reactRootPerTest(): { host: () => HTMLElement; show: (node: React.ReactNode) => void } {
  let host: HTMLElement;
  let root: Root;
  beforeEach(() => {
    host = document.createElement('div');
    document.body.append(host);
    root = createRoot(host);
  });
  afterEach(() => {
    root.unmount();
    host.remove();
  });
  return { host: () => host, show: (node) => flushSync(() => root.render(node)) };
}
