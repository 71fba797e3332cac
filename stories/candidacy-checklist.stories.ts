import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { DiscCandidacyChecklist } from '../src/candidacy-checklist.js';
import type { Answer } from '../src/data/criteria.js';
import criteria from '../src/data/criteria/ddd-msc.js';
import { darkPage, narrow } from './decorators.js';

type Args = Partial<
  Pick<DiscCandidacyChecklist, 'criteria' | 'src' | 'ctaHref' | 'ctaLabel' | 'theme' | 'disclosure'>
> & {
  lang?: string;
};

const meta: Meta<Args> = {
  title: 'Elements/Candidacy checklist',
  component: 'disc-candidacy-checklist',
  args: { ctaHref: 'https://clinic.example/book', ctaLabel: 'Book a consultation', theme: 'auto' },
  render: (args) =>
    html`<disc-candidacy-checklist
      criteria=${ifDefined(typeof args.criteria === 'string' ? args.criteria : undefined)}
      src=${ifDefined(args.src)}
      cta-href=${ifDefined(args.ctaHref)}
      cta-label=${ifDefined(args.ctaLabel)}
      theme=${ifDefined(args.theme)}
      lang=${ifDefined(args.lang)}
      disclosure=${ifDefined(args.disclosure)}
    ></disc-candidacy-checklist>`,
};
export default meta;

type Story = StoryObj<Args>;

/** Answers the built-in questions as a reader would, by clicking, to show each result. */
function answering(pick: (id: string, fits: Answer | undefined) => Answer | undefined): Story['play'] {
  return async ({ canvasElement }) => {
    const checklist = canvasElement.querySelector('disc-candidacy-checklist')!;
    await checklist.updateComplete;
    const questions: Array<[string, Answer | undefined]> = [
      ...criteria.redFlags.map((q): [string, undefined] => [q.id, undefined]),
      ...criteria.requirements.map((q): [string, Answer] => [q.id, q.fits]),
      ...criteria.exclusions.map((q): [string, undefined] => [q.id, undefined]),
    ];
    for (const [id, fits] of questions) {
      const answer = pick(id, fits);
      if (!answer) continue;
      checklist.shadowRoot!.querySelector<HTMLInputElement>(`input[name="q-${id}"][value="${answer}"]`)!.click();
    }
    await checklist.updateComplete;
  };
}

const fitting = (_: string, fits: Answer | undefined): Answer => fits ?? 'no';

/** Nothing answered yet. */
export const Incomplete: Story = {};

/** A clinic with a booking link says it sells the treatment, above the questions. */
export const WithDisclosure: Story = {
  name: "With the site's disclosure",
  args: { disclosure: 'Example: we offer this treatment at our clinic, for a fee.' },
};

/** Every answer fits the profile trials look for: "may be a candidate", with the clinic's call to action. */
export const Possible: Story = { play: answering(fitting), parameters: { status: 'possible' } };

/** One requirement not met: "unlikely for now", with other options. */
export const Unlikely: Story = {
  play: answering((id, fits) => (id === 'six-months' ? 'no' : fitting(id, fits))),
  parameters: { status: 'unlikely' },
};

/** A warning sign answered "yes": see a doctor now; no call to action. */
export const Urgent: Story = {
  play: answering((id, fits) => (id === 'bladder-bowel' ? 'yes' : fitting(id, fits))),
  parameters: { status: 'urgent' },
};

/** "Not sure" to a sign of a possible emergency: if you are not sure, get checked today. */
export const NotSureEmergency: Story = {
  name: 'Urgent: "not sure" to an emergency sign',
  play: answering((id, fits) => (id === 'saddle-numbness' ? 'unsure' : fitting(id, fits))),
  parameters: { status: 'urgent' },
};

export const Dark: Story = { args: { theme: 'dark' }, decorators: [darkPage], play: answering(fitting) };
export const Narrow280px: Story = { name: 'Narrow (280 px)', decorators: [narrow] };

/** A clinic's own criteria, loaded from its site. */
export const OwnCriteria: Story = {
  name: "A clinic's own criteria (src)",
  args: { src: '/test/fixtures/clinic-criteria.json' },
};

export const ErrorUnknownSet: Story = { name: 'Error: unknown criteria set', args: { criteria: 'no-such-set' } };
export const ErrorNotFound: Story = {
  name: 'Error: src not found (404)',
  args: { src: '/test/fixtures/no-such-file.json' },
};

/** In Spanish: the questions, why we ask, the results and the warning signs. */
export const Spanish: Story = {
  name: 'Spanish (lang="es")',
  args: { lang: 'es', ctaHref: 'https://clinic.example/cita', ctaLabel: 'Pida una consulta' },
};
