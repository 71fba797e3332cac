import type { Study } from '../../data/model.js';
import type { Messages } from '../../locales/study.js';
import { safeUrl } from '../../internal/safe-url.js';

const MAX_AUTHORS = 6;

/** Vancouver style: up to six authors, then the first three and "et al.". */
function authorList(authors: readonly string[]): string {
  if (authors.length <= MAX_AUTHORS) return authors.join(', ');
  return `${authors.slice(0, 3).join(', ')}, et al`;
}

/** A plain-text citation to paste into notes or an email; its few labels in the reader's language. */
export function plainCitation(study: Study, msg: Pick<Messages, 'registration' | 'reportedBy'>): string {
  const parts: string[] = [];
  if (study.authors?.length) parts.push(`${authorList(study.authors)}.`);
  parts.push(study.title.endsWith('.') ? study.title : `${study.title}.`);
  if (study.journal) {
    const where = [study.year, study.citationDetail].filter((x) => x !== undefined).join(';');
    parts.push(where ? `${study.journal}. ${where}.` : `${study.journal}.`);
  } else if (study.year !== undefined) {
    parts.push(`${study.year}.`);
  }
  if (study.doi) parts.push(`doi:${study.doi}.`);
  if (study.pmid) parts.push(`PMID: ${study.pmid}.`);
  if (study.pmcid) parts.push(`PMCID: ${study.pmcid}.`);
  if (study.registryId) parts.push(`${msg.registration(study.registryId)}.`);
  if (study.provenance.kind === 'secondary' && study.provenance.reportedBy) {
    parts.push(`${msg.reportedBy(study.provenance.reportedBy)}.`);
  }
  if (study.url) parts.push(study.url);
  return parts.join(' ');
}

export type LinkKind = 'doi' | 'pubmed' | 'pmc' | 'registry' | 'url';

export interface StudyLink {
  kind: LinkKind;
  href: string;
  /** The identifier shown beside the link's name, e.g. the DOI itself. */
  id: string;
}

/** Links to the study's records; every one goes through the URL allow-list. */
export function studyLinks(study: Study): StudyLink[] {
  const links: Array<{ kind: LinkKind; raw: string | undefined; id: string | undefined }> = [
    { kind: 'doi', raw: study.doi && `https://doi.org/${study.doi}`, id: study.doi },
    { kind: 'pubmed', raw: study.pmid && `https://pubmed.ncbi.nlm.nih.gov/${study.pmid}/`, id: study.pmid },
    { kind: 'pmc', raw: study.pmcid && `https://pmc.ncbi.nlm.nih.gov/articles/${study.pmcid}/`, id: study.pmcid },
    {
      kind: 'registry',
      raw:
        study.registryId && /^NCT\d{8}$/.test(study.registryId)
          ? `https://clinicaltrials.gov/study/${study.registryId}`
          : undefined,
      id: study.registryId,
    },
    { kind: 'url', raw: study.url, id: undefined },
  ];
  return links.flatMap(({ kind, raw, id }) => {
    const href = safeUrl(raw);
    return href ? [{ kind, href, id: id ?? '' }] : [];
  });
}
