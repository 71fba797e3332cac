import { allStudies, allStudyTexts } from '../../data/catalog/all.js';
import type { Study } from '../../data/model.js';
import { primaryLanguage } from '../../locales/languages.js';

/**
 * The built-in studies with their texts in another language, for the overview: all of them at
 * once (one file in the one-script-tag build), kept for the page so every overview, and a server
 * render, finds them ready.
 */
const translated = new Map<string, ReadonlyMap<string, Study>>();
const translating = new Map<string, Promise<void>>();

/** Loads every study's texts in a language; undefined when nothing needs loading (English, or loaded). */
export function loadStudiesIn(lang: string): Promise<void> | undefined {
  const language = primaryLanguage(lang);
  if (language === 'en' || translated.has(language)) return undefined;
  let pending = translating.get(language);
  if (!pending) {
    pending = Promise.all([allStudies(), allStudyTexts(language), import('../../data/catalog/apply-texts.js')])
      .then(([studies, texts, { default: apply }]) => {
        const shown = (study: Study) => {
          const own = Object.hasOwn(texts, study.id) ? texts[study.id] : undefined;
          return own ? apply(study, own) : study;
        };
        translated.set(language, new Map(studies.map((study) => [study.id, shown(study)])));
      })
      .finally(() => translating.delete(language));
    translating.set(language, pending);
  }
  return pending;
}

/** A built-in study in a language whose texts have loaded; the study itself otherwise. */
export function studyIn(study: Study, lang: string): Study {
  return translated.get(primaryLanguage(lang))?.get(study.id) ?? study;
}
