import type { Study } from '../model.js';

const study: Study = {
  id: 'haufe-2006',
  title: 'Intradiscal injection of hematopoietic stem cells in an attempt to rejuvenate the intervertebral discs',
  headline:
    'A single-group study of 10 people with disc pain, given blood-forming stem cells from their own bone marrow and then two weeks of hyperbaric oxygen, followed for a year.',
  authors: ['Haufe SM', 'Mork AR'],
  journal: 'Stem Cells and Development',
  year: 2006,
  citationDetail: '15(1):136–137',
  doi: '10.1089/scd.2006.15.136',
  pmid: '16522171',
  design: {
    kind: 'single-arm',
    description: 'Ten patients treated, with no control group; a short report',
    followUp: { value: 12, unit: 'months' },
  },
  population: {
    participants: 10,
    condition: 'Disc pain confirmed by discography',
  },
  intervention: {
    product: 'blood-forming-cells',
    cellType: 'Hematopoietic (blood-forming) stem cells',
    tissueSource: 'Bone marrow from the pelvis',
    origin: 'autologous',
    dose: 'Not reported',
    delivery: 'One injection into the disc, then two weeks of hyperbaric oxygen for every patient',
  },
  outcomes: [
    {
      domain: 'pain',
      key: true,
      comparison: 'responders',
      measure: 'Disc pain',
      timepoint: { value: 12, unit: 'months' },
      responders: { count: 0, of: 10 },
      direction: 'no-difference',
      certainty: {
        level: 'very-low',
        reasons: [
          { concern: 'imprecision', note: 'a single group of 10 people' },
          { concern: 'indirectness', note: 'every patient also had hyperbaric oxygen, so it is not the cells alone' },
        ],
      },
      finding: 'No patient’s disc pain had improved at one year',
    },
  ],
  safety: [],
  limitations: [
    'Only 10 patients, and no control group.',
    'Every patient also had two weeks of hyperbaric oxygen.',
    'A two-page report: the dose and any side effects are not given.',
    'The authors judged the injection to be of little value.',
  ],
  provenance: { kind: 'primary' },
  status: 'completed',
  lastReviewed: '2026-11-30',
};

export default study;
