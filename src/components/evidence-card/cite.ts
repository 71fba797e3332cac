import type { Study } from '../../data/model.js';
import type { Messages } from '../../locales/study.js';
import { saveFile } from '../../internal/save-file.js';

/**
 * A study's citation as a file a reference manager reads: RIS (Zotero, EndNote, Mendeley, RefWorks)
 * or BibTeX (LaTeX, JabRef, Zotero). Built in the browser from the card's data; this module loads
 * on the first download.
 */

/** The formats, by the names the card's buttons show. */
/** The labels a citation file borrows from the card's texts. */
type Labels = Pick<Messages, 'registration' | 'reportedBy' | 'titleNote'>;

export type CitationFormat = 'RIS' | 'BibTeX';

/** "Xie B" → ["Xie", "B"]; a name not in "Surname Initials" form stays whole. */
function nameParts(author: string): [surname: string, initials?: string] {
  const match = /^(.+?) ([A-Z]{1,4})$/.exec(author.trim());
  return match?.[1] && match[2] ? [match[1], match[2]] : [author.trim()];
}

/** "8(5):FSO794" → volume 8, issue 5, pages FSO794; "18(3):237–248" → pages 237 to 248. */
function details(detail: string | undefined): { volume?: string; issue?: string; start?: string; end?: string } {
  const match = /^([^(:]+)(?:\(([^)]+)\))?:(.+)$/.exec(detail ?? '');
  if (!match) return {};
  const [start, end] = (match[3] ?? '').split(/[–-]/);
  return { volume: match[1], issue: match[2], start, end };
}

/** Notes that travel with the citation: trial registration, a second-hand source, a misleading title. */
function notes(study: Study, msg: Labels): string[] {
  return [
    study.registryId && msg.registration(study.registryId),
    study.provenance.kind === 'secondary' && study.provenance.reportedBy && msg.reportedBy(study.provenance.reportedBy),
    study.titleNote && msg.titleNote(study.titleNote),
  ].filter((note): note is string => Boolean(note));
}

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/** RIS: one tag per line ("TY  - JOUR"), CRLF, ending with "ER  - ". */
export function risCitation(study: Study, msg: Labels): string {
  const { volume, issue, start, end } = details(study.citationDetail);
  const lines: Array<[string, string | number | undefined]> = [
    ['TY', study.journal ? 'JOUR' : study.url ? 'ELEC' : 'GEN'],
    ...(study.authors ?? []).map((author): [string, string] => {
      const [surname, initials] = nameParts(author);
      return ['AU', initials ? `${surname}, ${initials.split('').join('. ')}.` : surname];
    }),
    ['TI', study.title],
    ['T2', study.journal],
    ['PY', study.year],
    ['VL', volume],
    ['IS', issue],
    ['SP', start],
    ['EP', end],
    ['DO', study.doi],
    ['AN', study.pmid && `PMID: ${study.pmid}`],
    ['C2', study.pmcid],
    ['UR', study.doi ? `https://doi.org/${study.doi}` : study.url],
    ...notes(study, msg).map((note): [string, string] => ['N1', note]),
    ['ER', ''],
  ];
  return lines
    .filter(([tag, value]) => tag === 'ER' || (value !== undefined && value !== ''))
    .map(([tag, value]) => `${tag}  - ${oneLine(String(value))}`.trimEnd() + (tag === 'ER' ? ' ' : ''))
    .join('\r\n')
    .concat('\r\n');
}

/** A BibTeX value: braces and the characters TeX treats as commands escaped. */
function tex(text: string): string {
  return oneLine(text)
    .replace(/[\\{}]/g, (c) => (c === '\\' ? '\\textbackslash{}' : `\\${c}`))
    .replace(/[%&#$_]/g, (c) => `\\${c}`)
    .replace(/~/g, '\\textasciitilde{}')
    .replace(/\^/g, '\\textasciicircum{}');
}

/** BibTeX: an `@article` (or `@misc` without a journal), keyed by first author and year. */
export function bibtexCitation(study: Study, msg: Labels): string {
  const { volume, issue, start, end } = details(study.citationDetail);
  const first = study.authors?.[0] ? nameParts(study.authors[0])[0] : study.id;
  const key =
    `${first}${study.year ?? ''}`
      .normalize('NFD')
      .replace(/[^A-Za-z0-9]/g, '')
      .toLowerCase() || 'study';
  const authors = (study.authors ?? []).map((author) => {
    const [surname, initials] = nameParts(author);
    return initials ? `${tex(surname)}, ${initials.split('').join('. ')}.` : `{${tex(surname)}}`;
  });
  const fields: Array<[string, string | undefined]> = [
    ['author', authors.length > 0 ? authors.join(' and ') : undefined],
    // Double braces keep the title's capitals as written.
    ['title', `{${tex(study.title)}}`],
    ['journal', study.journal && tex(study.journal)],
    ['year', study.year === undefined ? undefined : String(study.year)],
    ['volume', volume && tex(volume)],
    ['number', issue && tex(issue)],
    ['pages', start && tex(end ? `${start}--${end}` : start)],
    ['doi', study.doi && tex(study.doi)],
    ['pmid', study.pmid],
    ['pmcid', study.pmcid],
    ['url', study.doi ? undefined : study.url],
    ['note', notes(study, msg).map(tex).join('. ') || undefined],
  ];
  const body = fields.flatMap(([name, value]) => (value ? [`  ${name} = {${value}}`] : [])).join(',\n');
  return `@${study.journal ? 'article' : 'misc'}{${key},\n${body}\n}\n`;
}

/** Makes the citation file of a format and downloads it, named for the study. */
export function saveCitation(format: CitationFormat, study: Study, msg: Labels, root: ParentNode): void {
  const ris = format === 'RIS';
  const text = ris ? risCitation(study, msg) : bibtexCitation(study, msg);
  const type = ris ? 'application/x-research-info-systems' : 'application/x-bibtex';
  saveFile(root, new Blob([text], { type: `${type};charset=utf-8` }), `${study.id}.${ris ? 'ris' : 'bib'}`);
}
