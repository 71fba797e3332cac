/**
 * The languages the widgets speak, with the one line each widget shows while it loads. Every
 * element carries this table but loads only the texts it shows, in the page's language, when it
 * needs them; the loading line is here so that a reader hears it in their own language while those
 * texts are still on their way.
 */
const ENGLISH: Readonly<Record<LoadingWhat, string>> = {
  study: 'Loading the study…',
  studies: 'Loading the results…',
  checklist: 'Loading the checklist…',
};

const LOADING: Readonly<Record<string, Readonly<Record<LoadingWhat, string>>>> = {
  en: ENGLISH,
  es: {
    study: 'Cargando el estudio…',
    studies: 'Cargando los resultados…',
    checklist: 'Cargando la lista de preguntas…',
  },
};

/** What a widget is loading: one study, the studies of a timeline, or a checklist. */
export type LoadingWhat = 'study' | 'studies' | 'checklist';

export const LANGUAGES: readonly string[] = Object.keys(LOADING);

/** "es" for "es-MX": messages are chosen by the primary language subtag. */
export function primaryLanguage(lang: string): string {
  return lang.toLowerCase().split('-')[0] ?? 'en';
}

/** The language tag used for number and date formatting: only languages we have messages for. */
export function supportedLang(lang: string): string {
  return LANGUAGES.includes(primaryLanguage(lang)) ? lang : 'en';
}

/** The loading line in a supported language (English for any other). */
export function loadingLine(lang: string, what: LoadingWhat): string {
  return (LOADING[primaryLanguage(lang)] ?? ENGLISH)[what];
}
