/**
 * Widgets come and go: single-page apps, CMS previews and tabs create, attach and detach them all
 * the time. After 1,000 cycles per element nothing may be left behind: no listener on the window,
 * document or a media query, no observer still observing, no timer still pending, no chart.
 */
import { expect } from '@open-wc/testing';
import '../src/index.js';
import { timelineChart } from '../src/components/outcome-timeline/chart.js';
import { exampleSeries } from './fixtures/series.js';
import { part, until, visibleText } from './helpers.js';

type Widget = HTMLElement & { updateComplete: Promise<boolean> };

/** Counts what outlives an element: listeners on long-lived targets, observers, timers. */
function instrument() {
  const listeners = new Set<string>();
  const keyOf = new WeakMap<object, number>();
  let nextKey = 0;
  const id = (target: object) => {
    if (!keyOf.has(target)) keyOf.set(target, (nextKey += 1));
    return keyOf.get(target)!;
  };
  const longLived = (target: EventTarget) =>
    target === window || target === document || target instanceof MediaQueryList;
  const originalAdd = EventTarget.prototype.addEventListener;
  const originalRemove = EventTarget.prototype.removeEventListener;
  EventTarget.prototype.addEventListener = function (type, listener, options) {
    if (longLived(this) && listener) listeners.add(`${id(this)} ${type} ${id(listener)}`);
    return originalAdd.call(this, type, listener, options);
  };
  EventTarget.prototype.removeEventListener = function (type, listener, options) {
    if (longLived(this) && listener) listeners.delete(`${id(this)} ${type} ${id(listener)}`);
    return originalRemove.call(this, type, listener, options);
  };

  const observing = new Map<object, number>();
  const restoreObservers = (['MutationObserver', 'ResizeObserver', 'IntersectionObserver'] as const).map((name) => {
    const Original = window[name] as unknown as { prototype: { observe: unknown; disconnect: unknown } };
    const observe = Original.prototype.observe as (this: object, ...args: unknown[]) => void;
    const disconnect = Original.prototype.disconnect as (this: object) => void;
    Original.prototype.observe = function (this: object, ...args: unknown[]) {
      observing.set(this, (observing.get(this) ?? 0) + 1);
      return observe.apply(this, args);
    };
    Original.prototype.disconnect = function (this: object) {
      observing.delete(this);
      return disconnect.call(this);
    };
    return () => {
      Original.prototype.observe = observe;
      Original.prototype.disconnect = disconnect;
    };
  });

  const timers = new Set<number>();
  const originalSetTimeout = window.setTimeout;
  const originalClearTimeout = window.clearTimeout;
  window.setTimeout = ((handler: TimerHandler, delay?: number, ...args: unknown[]) => {
    const timer: number = originalSetTimeout(
      (...inner: unknown[]) => {
        timers.delete(timer);
        if (typeof handler === 'function') handler(...inner);
      },
      delay,
      ...args,
    );
    timers.add(timer);
    return timer;
  }) as typeof window.setTimeout;
  window.clearTimeout = ((timer?: number) => {
    if (timer !== undefined) timers.delete(timer);
    originalClearTimeout(timer);
  }) as typeof window.clearTimeout;

  return {
    counts: () => ({
      listeners: listeners.size,
      observers: observing.size,
      timers: timers.size,
      charts: Object.keys(timelineChart().instances).length,
    }),
    restore: () => {
      EventTarget.prototype.addEventListener = originalAdd;
      EventTarget.prototype.removeEventListener = originalRemove;
      restoreObservers.forEach((restore) => restore());
      window.setTimeout = originalSetTimeout;
      window.clearTimeout = originalClearTimeout;
    },
  };
}

const ELEMENTS: Array<[string, () => HTMLElement]> = [
  [
    'disc-evidence-card',
    () => Object.assign(document.createElement('disc-evidence-card'), { study: 'bates-2022', variant: 'compact' }),
  ],
  [
    'disc-outcome-timeline',
    () => {
      const el = document.createElement('disc-outcome-timeline');
      el.studies = 'gornet-2024 xie-2021';
      el.series = [exampleSeries()];
      el.journey = true;
      return el;
    },
  ],
  ['disc-candidacy-checklist', () => document.createElement('disc-candidacy-checklist')],
  [
    'disc-evidence-overview',
    () => Object.assign(document.createElement('disc-evidence-overview'), { studies: 'gornet-2024 bates-2022' }),
  ],
];

async function settle(): Promise<void> {
  for (let i = 0; i < 5; i += 1) await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 20)));
}

describe('lifecycle', () => {
  for (const [tag, make] of ELEMENTS) {
    it(`${tag}: 1,000 create, attach and detach cycles leave nothing behind`, async function () {
      // A stress test: on a 2-core machine running three browsers at once it can pass 10 s.
      this.timeout(60_000);
      const host = document.createElement('div');
      document.body.append(host);
      const errors: unknown[] = [];
      const onError = (event: ErrorEvent) => errors.push(event.error ?? event.message);
      window.addEventListener('error', onError);
      const probe = instrument();
      try {
        // Warm up: the first element loads the shared code and data once.
        const first = make() as Widget;
        host.append(first);
        await first.updateComplete;
        first.remove();
        await settle();
        const before = probe.counts();

        for (let i = 0; i < 1000; i += 1) {
          const el = make() as Widget;
          host.append(el);
          // Every 50th one renders fully (and draws its chart) before it goes.
          if (i % 50 === 0) await el.updateComplete;
          el.remove();
          if (i % 100 === 0) await new Promise((r) => setTimeout(r, 0));
        }
        await settle();
        expect(probe.counts()).to.deep.equal(before);
        expect(errors).to.deep.equal([]);
      } finally {
        probe.restore();
        window.removeEventListener('error', onError);
        host.remove();
      }
    });
  }

  for (const tag of ['disc-evidence-card', 'disc-outcome-timeline', 'disc-candidacy-checklist']) {
    it(`${tag}: stops its request when removed while loading`, async () => {
      const id = `${tag}-${Math.random().toString(36).slice(2)}`;
      const el = document.createElement(tag);
      el.setAttribute('src', `/test-server/hang.json?id=${id}`);
      const server = (question: 'seen' | 'abandoned') => async () => {
        for (let i = 0; i < 60; i += 1) {
          if (await fetch(`/test-server/${question}?id=${id}`).then((r) => r.json() as Promise<boolean>)) return true;
          await new Promise((r) => setTimeout(r, 50));
        }
        return false;
      };
      document.body.append(el);
      expect(await server('seen')(), 'request reached the server').to.equal(true);
      el.remove();
      expect(await server('abandoned')(), 'request abandoned').to.equal(true);
    });
  }

  it('keeps working when moved into another shadow root', async () => {
    const first = document.createElement('div');
    const second = document.createElement('div');
    document.body.append(first, second);
    const [rootA, rootB] = [first.attachShadow({ mode: 'open' }), second.attachShadow({ mode: 'open' })];
    const card = Object.assign(document.createElement('disc-evidence-card'), {
      study: 'bates-2022',
      variant: 'compact',
    });
    rootA.append(card);
    await card.updateComplete;
    rootB.append(card);
    await card.updateComplete;
    part(card, 'expand-button')!.click();
    await until(() => Boolean(part(card, 'limitations')), 'expanded after the move');
    expect(getComputedStyle(part(card, 'base')!).borderStyle).to.equal('solid');
    first.remove();
    second.remove();
  });

  for (const [tag, make] of ELEMENTS) {
    it(`${tag}: keeps working, styled, when adopted into another document`, async () => {
      const frame = document.createElement('iframe');
      frame.width = '900';
      frame.height = '1200';
      document.body.append(frame);
      const el = make() as Widget;
      document.body.append(el);
      await el.updateComplete;
      const other = frame.contentDocument!;
      other.body.append(other.adoptNode(el));
      await el.updateComplete;
      await settle();
      expect(el.ownerDocument).to.equal(other);
      expect(visibleText(el).length).to.be.greaterThan(100);
      expect(Boolean(part(el, 'error')), 'error shown').to.equal(false);
      // Still styled: the panel keeps its border after the move.
      const base = part(el, 'base')!;
      expect(frame.contentWindow!.getComputedStyle(base).borderStyle).to.equal('solid');
      el.remove();
      frame.remove();
    });
  }
});
