import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { DiscEvidenceCard } from '../src/evidence-card.js';
import { darkPage, narrow } from './decorators.js';

type Args = Partial<
  Pick<DiscEvidenceCard, 'study' | 'src' | 'data' | 'variant' | 'theme' | 'headingLevel' | 'disclosure'>
> & {
  lang?: string;
};

const meta: Meta<Args> = {
  title: 'Elements/Evidence card',
  component: 'disc-evidence-card',
  args: { study: 'bates-2022', variant: 'full', theme: 'auto' },
  render: (args) =>
    html`<disc-evidence-card
      study=${ifDefined(args.study)}
      src=${ifDefined(args.src)}
      variant=${ifDefined(args.variant)}
      theme=${ifDefined(args.theme)}
      lang=${ifDefined(args.lang)}
      heading-level=${ifDefined(args.headingLevel)}
      disclosure=${ifDefined(args.disclosure)}
      .data=${args.data}
    ></disc-evidence-card>`,
};
export default meta;

type Story = StoryObj<Args>;

// One story per built-in study.
export const Xie2021: Story = { name: 'xie-2021 (meta-analysis of randomized trials)', args: { study: 'xie-2021' } };
export const Zhang2023: Story = {
  name: 'zhang-2023 (meta-analysis of before-and-after changes)',
  args: { study: 'zhang-2023' },
};
export const Bates2022: Story = { name: 'bates-2022 (single-group study)', args: { study: 'bates-2022' } };
export const Gornet2024: Story = { name: 'gornet-2024 (randomized trial)', args: { study: 'gornet-2024' } };
export const IdctPhase3: Story = { name: 'idct-phase-3 (ongoing trial)', args: { study: 'idct-phase-3' } };
export const Review2025: Story = { name: 'review-2025 (second-hand report)', args: { study: 'review-2025' } };
export const BmMscPhase2b2025: Story = {
  name: 'bm-msc-phase-2b-2025 (second-hand report)',
  args: { study: 'bm-msc-phase-2b-2025' },
};

export const Pettine2015: Story = {
  name: 'pettine-2015 (single-group study, 3 years)',
  args: { study: 'pettine-2015' },
};
export const Haufe2006: Story = { name: 'haufe-2006 (no patient improved)', args: { study: 'haufe-2006' } };
export const Amirdelfan2021: Story = {
  name: 'amirdelfan-2021 (randomized trial, figures from a press release)',
  args: { study: 'amirdelfan-2021' },
};
export const MesoblastMsbDr003: Story = {
  name: 'mesoblast-msb-dr003 (main goal not verified)',
  args: { study: 'mesoblast-msb-dr003' },
};
export const MesoblastMsbDr004: Story = {
  name: 'mesoblast-msb-dr004 (ongoing trial)',
  args: { study: 'mesoblast-msb-dr004' },
};
export const Kumar2017: Story = { name: 'kumar-2017 (phase I, 10 people)', args: { study: 'kumar-2017' } };
export const Centeno2017: Story = { name: 'centeno-2017 (registry case series)', args: { study: 'centeno-2017' } };
export const Beall2020: Story = {
  name: 'beall-2020 (tissue allograft; saline did better on disability)',
  args: { study: 'beall-2020' },
};
export const Soufi2023: Story = {
  name: 'soufi-2023 (systematic review: no evidence of benefit)',
  args: { study: 'soufi-2023' },
};
export const Her2022: Story = { name: 'her-2022 (systematic review, very low certainty)', args: { study: 'her-2022' } };
/** A clinic that offers the treatment says so, in its own words, at the top of the card. */
export const WithDisclosure: Story = {
  name: "With the site's disclosure",
  args: { study: 'amirdelfan-2021', disclosure: 'Example: we offer this treatment at our clinic.' },
};
export const Compact: Story = { args: { study: 'gornet-2024', variant: 'compact' } };
export const Dark: Story = { args: { study: 'xie-2021', theme: 'dark' }, decorators: [darkPage] };
export const CompactDark: Story = {
  args: { study: 'bates-2022', variant: 'compact', theme: 'dark' },
  decorators: [darkPage],
};
export const Narrow280px: Story = { name: 'Narrow (280 px)', args: { study: 'xie-2021' }, decorators: [narrow] };
export const HeadingLevel2: Story = { name: 'Headline as a level-2 heading', args: { headingLevel: 2 } };

/** A site's own study, from a JSON file on the site (`src`), in the published schema. */
export const OwnDataFromUrl: Story = {
  name: "A site's own data (src)",
  args: { study: undefined, src: '/test/fixtures/clinic-study.json' },
};

/** A site's own study handed over as an object (`data`), as a framework would. */
export const OwnDataObject: Story = {
  name: "A site's own data (data property)",
  args: {
    study: undefined,
    data: {
      id: 'our-clinic-2025',
      title: 'Follow-up of our own patients (example data)',
      headline: 'Example data, not a real study: twelve patients followed for a year after one injection.',
      year: 2025,
      status: 'completed',
      design: { kind: 'single-arm' },
      population: { participants: 12 },
      intervention: {},
      outcomes: [],
      safety: [],
      limitations: ['No control group.', 'Example data made up for this demonstration.'],
      provenance: { kind: 'primary' },
      lastReviewed: '2025-06-01',
    },
  },
};

/**
 * How certainty and comparisons read, on a site's own example trial: a difference between groups
 * rated moderate, a change within the treated group rated very low (with what the control group
 * did), a result nobody rated, and a null result worded "little or no difference".
 */
export const CertaintyAndComparisons: Story = {
  name: 'Certainty and comparisons (example data)',
  args: {
    study: undefined,
    data: {
      id: 'example-trial',
      title: 'An example randomized trial (example data, not a real study)',
      headline: 'Example data, not a real study: 80 people randomized to cells or a saline injection.',
      status: 'completed',
      design: { kind: 'rct', followUp: { value: 12, unit: 'months' } },
      comparator: 'Saline injection',
      population: { participants: 80 },
      intervention: {},
      outcomes: [
        {
          domain: 'pain',
          key: true,
          comparison: 'versus-control',
          measure: 'Pain (VAS 0–100)',
          scale: 'vas-100',
          value: -9,
          ci: [-15, -3],
          timepoint: { value: 12, unit: 'months' },
          certainty: { level: 'moderate', reasons: [{ concern: 'imprecision', note: 'example: 80 people' }] },
          finding: 'Less pain than with saline',
        },
        {
          domain: 'pain',
          key: true,
          comparison: 'change-from-baseline',
          measure: 'Pain (VAS 0–100), cell group',
          scale: 'vas-100',
          value: -30,
          timepoint: { value: 12, unit: 'months' },
          certainty: {
            level: 'very-low',
            reasons: [{ concern: 'risk-of-bias', note: 'example: the saline group also improved' }],
          },
          controlNote: 'Example: the saline group also had 21 points less pain.',
          finding: 'Pain fell from where it started in the cell group',
        },
        {
          domain: 'function',
          key: true,
          comparison: 'versus-control',
          measure: 'Disability (Oswestry Disability Index)',
          scale: 'smd',
          value: -0.1,
          ci: [-0.5, 0.3],
          finding: 'About the same disability as with saline',
        },
      ],
      safety: ['Example data.'],
      limitations: ['Example data made up to show how the card words certainty and comparisons.'],
      provenance: { kind: 'primary' },
      lastReviewed: '2026-11-29',
    },
  },
};

// Every way data can be wrong, each with its own message in place of the card.
export const ErrorNoSource: Story = { name: 'Error: no study named', args: { study: undefined } };
export const ErrorUnknownId: Story = { name: 'Error: unknown study id', args: { study: 'no-such-study' } };
export const ErrorBlockedUrl: Story = {
  name: 'Error: src is not an http(s) URL',
  args: { study: undefined, src: 'javascript:alert(1)' },
};
export const ErrorHttpStatus: Story = {
  name: 'Error: src not found (404)',
  args: { study: undefined, src: '/test/fixtures/no-such-file.json' },
};
export const ErrorNotJson: Story = {
  name: 'Error: src is a web page, not JSON',
  args: { study: undefined, src: '/test/fixtures/not-json.html' },
};
export const ErrorInvalidData: Story = {
  name: 'Error: data breaks the schema',
  args: { study: undefined, data: { id: 'broken', headline: 42 } as unknown as DiscEvidenceCard['data'] },
};

/** The same card in Spanish: `lang="es"` on the element or any ancestor. Numbers follow Spanish rules. */
export const Spanish: Story = { name: 'Spanish (lang="es")', args: { study: 'gornet-2024', lang: 'es' } };
