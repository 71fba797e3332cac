import type { Answer } from '../../data/criteria.js';
import common from './common.js';

/** Strings only the candidacy checklist uses, in English. */
const checklist = {
  disclosure: common.disclosure,
  regulatory: common.regulatory,
  intro:
    'Answer a few questions to see whether you may fit the profile that trials and clinics look for. Your answers stay on this page: nothing is sent or saved.',
  notAdvice: 'This is information, not medical advice, and it cannot diagnose anything.',
  answer: { yes: 'Yes', no: 'No', unsure: 'Not sure' } satisfies Record<Answer, string>,
  section: {
    redFlags: 'First: signs that need a doctor now',
    requirements: 'What trials and clinics look for',
    exclusions: 'What rules it out for now',
    predictors: 'What may predict a better response (optional)',
  },
  sectionHint: {
    redFlags:
      'Please answer these first: a "yes" here, or a "not sure" to a possible emergency, matters more than anything else.',
    predictors: 'This comes from one study of 9 people. It is a tentative hint, never a requirement.',
  },
  why: 'Why we ask',
  source: (source: string) => `Source: ${source}`,
  status: {
    incomplete: (left: number) => (left === 1 ? '1 question left to answer.' : `${left} questions left to answer.`),
    emergency:
      'Call your emergency number or go to an emergency department now. These signs can mean the nerves at the base of the spine are being squeezed, which needs treatment within hours.',
    checkToday:
      'If you are not sure, get checked today: call your doctor or an urgent care service now. If the sign is clearly there or getting worse, call your emergency number or go to an emergency department.',
    urgent:
      'Please see a doctor promptly, before considering any back treatment. Together with back pain, these signs need a check first.',
    unlikely: 'Cell therapy is unlikely to be offered to you now, for these reasons:',
    possible:
      'You may fit the profile that trials and clinics look for. Only a specialist who examines you and your scans can tell.',
  },
  because: 'Because you answered yes to:',
  unsureAbout: 'Because you were not sure about:',
  askAbout: 'Ask your specialist about:',
  betterResponse: 'In one study of 9 people, people with this pattern seemed to respond better (a tentative hint):',
  ctaUnlikely: 'Talk to a specialist about other options',
  ctaPossible: 'Talk to a specialist',
  reset: 'Start again',
  copy: 'Copy my answers',
  print: 'Print my answers',
  copied: 'Answers copied',
  copyFailed: 'Copying failed: use "Print my answers" instead.',
};

export type ChecklistMessages = typeof checklist;

export default checklist;
