import { expect } from '@open-wc/testing';
import { defineElement } from '../src/internal/define.js';

class First extends HTMLElement {
  static readonly version = '1.0.0';
}
class SameVersion extends HTMLElement {
  static readonly version = '1.0.0';
}
class OtherVersion extends HTMLElement {
  static readonly version = '2.0.0';
}

describe('defineElement', () => {
  const warnings: unknown[][] = [];
  const originalWarn = console.warn;
  beforeEach(() => {
    warnings.length = 0;
    console.warn = (...args: unknown[]) => warnings.push(args);
  });
  afterEach(() => {
    console.warn = originalWarn;
  });

  it('defines a tag once and ignores the same version again, silently', () => {
    defineElement('define-test-a', First);
    expect(() => defineElement('define-test-a', SameVersion)).not.to.throw();
    expect(customElements.get('define-test-a')).to.equal(First);
    expect(warnings).to.deep.equal([]);
  });

  it('keeps the first version and warns once when another version arrives', () => {
    const FirstB = class extends First {};
    defineElement('define-test-b', FirstB);
    defineElement('define-test-b', OtherVersion);
    defineElement('define-test-c', class extends First {});
    defineElement('define-test-c', class extends OtherVersion {});
    expect(customElements.get('define-test-b')).to.equal(FirstB);
    expect(warnings).to.have.length(1);
    expect(String(warnings[0]![0])).to.contain('already has version 1.0.0, kept');
  });

  it('never throws, even when the browser refuses a definition', () => {
    expect(() => defineElement('not a valid name', class extends HTMLElement {})).not.to.throw();
    expect(warnings).to.have.length(1);
  });
});
