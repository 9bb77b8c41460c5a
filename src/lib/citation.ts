/** What a citation points at, already in the reader's language (labels come from the i18n layer). */
export interface CitationSubject {
  /** Stable key for BibTeX and CSL-JSON, e.g. "ocm-265-scn-pb-2025-rec-4". */
  key: string;
  /** The issuing body, e.g. "Office of the Council of Ministers". */
  author: string;
  /** The document as named in citations, e.g. "Letter No. 265 SCN.PB". */
  document: string;
  /** The document's number as printed, when it has one. */
  number?: string | undefined;
  /** The title or subject of the document. */
  title: string;
  /** The date, YYYY-MM-DD. */
  date: string;
  /** The date as the reader writes it, e.g. "18 February 2025". */
  dateText: string;
  /** The cited part, e.g. "recommendation 4" or "recommendation 4, paragraph 1"; absent for the whole. */
  part?: string | undefined;
  /** The permalink. */
  url: string;
  /** BCP 47 language of the cited text. */
  language: string;
  /** A note such as "Unofficial Khmer translation". */
  note?: string | undefined;
  /** Where the text was read: the site name. */
  publisher: string;
}

/** The plain-text citation: `Author, Document, Date[, part]. URL` */
export function plainCitation(subject: CitationSubject): string {
  const parts = [subject.author, subject.document, subject.dateText, subject.part].filter(Boolean).join(', ');
  return `${parts}. ${subject.note ? `${subject.note}. ` : ''}${subject.url}`;
}

// BibTeX treats these as commands or groups: escape them so a title never breaks the entry.
function bibtexEscape(text: string): string {
  return text.replace(/[\\{}%&$#_~^]/g, (char) => (char === '\\' ? '\\textbackslash{}' : char === '~' ? '\\textasciitilde{}' : char === '^' ? '\\textasciicircum{}' : `\\${char}`));
}

/** A BibTeX `@misc` entry (biblatex-compatible `date` and `urldate`-free, so builds are reproducible). */
export function bibtexCitation(subject: CitationSubject): string {
  const title = `${subject.document}: ${subject.title}${subject.part ? ` (${subject.part})` : ''}`;
  const fields: [string, string][] = [
    ['author', `{${bibtexEscape(subject.author)}}`],
    ['title', `{${bibtexEscape(title)}}`],
    ['date', subject.date],
    ['year', subject.date.slice(0, 4)],
    ['publisher', bibtexEscape(subject.publisher)],
    ['url', subject.url],
    ['langid', subject.language],
  ];
  if (subject.number) fields.push(['number', bibtexEscape(subject.number)]);
  if (subject.note) fields.push(['note', bibtexEscape(subject.note)]);
  const key = subject.key.replace(/[^A-Za-z0-9_:-]/g, '-');
  return `@misc{${key},\n${fields.map(([name, value]) => `  ${name} = {${value}}`).join(',\n')}\n}`;
}

/** A CSL-JSON item (the format Zotero, Pandoc and citeproc read). */
export function cslCitation(subject: CitationSubject): Record<string, unknown> {
  const [year, month, day] = subject.date.split('-').map(Number);
  return {
    id: subject.key,
    type: 'legislation',
    title: subject.part ? `${subject.document}: ${subject.title} (${subject.part})` : `${subject.document}: ${subject.title}`,
    author: [{ literal: subject.author }],
    authority: subject.author,
    issued: { 'date-parts': [[year, month, day]] },
    ...(subject.number ? { number: subject.number } : {}),
    ...(subject.part ? { section: subject.part } : {}),
    publisher: subject.publisher,
    URL: subject.url,
    language: subject.language,
    ...(subject.note ? { note: subject.note } : {}),
  };
}

/**
 * Highwire Press `citation_*` meta tags (what Google Scholar and Zotero's "Embedded Metadata" importer read):
 * the document as a report of its issuing body, with its number, date, language and permalink. A PDF link
 * only when the document has one.
 */
export function citationMetaTags(subject: CitationSubject, pdfUrl?: string): { name: string; content: string }[] {
  const tags: [string, string | undefined][] = [
    ['citation_title', subject.part ? `${subject.document}: ${subject.title} (${subject.part})` : `${subject.document}: ${subject.title}`],
    ['citation_author', subject.author],
    ['citation_date', subject.date.replace(/-/g, '/')],
    ['citation_technical_report_institution', subject.author],
    ['citation_technical_report_number', subject.number],
    ['citation_publisher', subject.publisher],
    ['citation_language', subject.language],
    ['citation_public_url', subject.url],
    ['citation_abstract_html_url', subject.url],
    ['citation_pdf_url', pdfUrl],
  ];
  return tags.filter((tag): tag is [string, string] => tag[1] !== undefined && tag[1] !== '').map(([name, content]) => ({ name, content }));
}
