/**
 * The candidacy checklist's model: the questions, in four groups, and what each answer means.
 * Answers are yes / no / not sure; someone who does not know (their Pfirrmann grade, say)
 * answers "not sure", which never rules them in or out.
 */

export type Answer = 'yes' | 'no' | 'unsure';

export const ANSWERS: readonly Answer[] = ['yes', 'no', 'unsure'];

export interface Question {
  id: string;
  /** The question in plain words. */
  text: string;
  /** Why we ask, in a sentence. */
  why: string;
  /** Where the criterion comes from. */
  source: string;
}

/** A warning sign: "yes" means seek care first. `emergency` is for possible cauda equina syndrome. */
export interface RedFlag extends Question {
  level: 'emergency' | 'urgent';
}

/** What trials and clinics look for: the answer in `fits` fits the profile. */
export interface Requirement extends Question {
  fits: 'yes' | 'no';
}

/** What may predict a better response: the answer in `favourable` is the better sign. Never required. */
export interface Predictor extends Question {
  favourable: 'yes' | 'no';
}

export interface CriteriaSet {
  id: string;
  title: string;
  redFlags: RedFlag[];
  requirements: Requirement[];
  /** "Yes" to any of these rules cell therapy out for now. */
  exclusions: Question[];
  predictors: Predictor[];
}

export type Answers = Record<string, Answer>;

export type CandidacyStatus = 'incomplete' | 'urgent' | 'unlikely' | 'possible';
