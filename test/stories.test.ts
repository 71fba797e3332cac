import { expect } from '@open-wc/testing';
import type { Args, Decorator, StoryContext } from '@storybook/web-components-vite';
import { render, type TemplateResult } from 'lit';
import '../src/index.js';
import * as checklistStories from '../stories/candidacy-checklist.stories.js';
import * as cardStories from '../stories/evidence-card.stories.js';
import * as overviewStories from '../stories/evidence-overview.stories.js';
import * as timelineStories from '../stories/outcome-timeline.stories.js';

interface StoryModule {
  default: { args?: Args; render?: (args: Args) => TemplateResult; decorators?: Decorator[] };
  [name: string]: unknown;
}

interface Story {
  name?: string;
  args?: Args;
  decorators?: Decorator[];
  /** The checklist result a story's answers lead to. */
  parameters?: { status?: string };
  play?: (context: { canvasElement: HTMLElement }) => Promise<void>;
}

/** Every story is a test: rendered as Storybook would, it logs no error and axe finds nothing. */
for (const [title, module] of Object.entries({
  'Evidence card': cardStories,
  'Outcome timeline': timelineStories,
  'Candidacy checklist': checklistStories,
  'Evidence overview': overviewStories,
}) as Array<[string, StoryModule]>) {
  describe(`${title} stories`, () => {
    const meta = module.default;
    for (const [exportName, value] of Object.entries(module)) {
      if (exportName === 'default') continue;
      const story = value as Story;
      const expectsError = exportName.startsWith('Error');

      it(`${story.name ?? exportName} renders${expectsError ? ' its error message' : ''}, logs no error and passes axe`, async () => {
        const args = { ...meta.args, ...story.args };
        const context = { args } as unknown as StoryContext;
        let draw = (): unknown => meta.render!(args);
        for (const decorator of [...(story.decorators ?? []), ...(meta.decorators ?? [])]) {
          const inner = draw;
          draw = () => decorator(inner as never, context);
        }

        const errors: unknown[] = [];
        const originalError = console.error;
        const originalWarn = console.warn;
        console.error = (...data: unknown[]) => errors.push(data);
        console.warn = () => {}; // error stories warn once by design; that is tested elsewhere
        const onError = (event: ErrorEvent) => errors.push(event.error ?? event.message);
        window.addEventListener('error', onError);
        const canvas = document.createElement('div');
        const statuses: string[] = [];
        canvas.addEventListener('disc-candidacy-change', (event) => statuses.push(event.detail.status));
        document.body.append(canvas);
        try {
          render(draw() as TemplateResult, canvas);
          const widget = canvas.querySelector<HTMLElement & { updateComplete: Promise<boolean> }>(
            'disc-evidence-card, disc-outcome-timeline, disc-candidacy-checklist, disc-evidence-overview',
          )!;
          await widget.updateComplete;
          await story.play?.({ canvasElement: canvas });
          await widget.updateComplete;

          const error = widget.shadowRoot!.querySelector('[part~="error"]');
          expect(Boolean(error), 'error message shown').to.equal(expectsError);
          expect(widget.shadowRoot!.textContent!.trim().length, 'visible text').to.be.greaterThan(20);
          expect(errors, 'errors logged').to.deep.equal([]);
          if (story.parameters?.status) expect(statuses.at(-1)).to.equal(story.parameters.status);
          // Every widget that shows its content shows the regulatory note, in the story's language.
          if (!expectsError) {
            const root = widget.shadowRoot!;
            const note = (root.querySelector('[part~="regulatory"]') ?? root.querySelector('[part~="notice"]'))
              ?.textContent;
            expect(note).to.match(args.lang === 'es' ? /Sin aprobación/ : /Not approved/);
          }
          await expect(canvas).to.be.accessible();
        } finally {
          console.error = originalError;
          console.warn = originalWarn;
          window.removeEventListener('error', onError);
          canvas.remove();
        }
      });
    }
  });
}
