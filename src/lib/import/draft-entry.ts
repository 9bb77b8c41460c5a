import type { ImportReport, ReportItem } from '../../schemas/import-report.ts';
import type { Modality } from '../../schemas/obligation.ts';
import { DRAFT_BODY, DRAFT_TEXT } from '../../schemas/review.ts';
import { plainText } from '../plain-text.ts';
import { normalizeKhmer } from '../khmer-normalize.ts';
import { bodyOfLine, matchBodies, type RegistryBody } from './match-bodies.ts';
import { readDate, westernDigits } from './numerals.ts';
import { parseDocument, type ImportLang, type ParsedDocument, type ProvisionUnit } from './parse-document.ts';
import { proposeObligation, type Proposal } from './propose-obligations.ts';
import { splitSentences } from './segment-sentences.ts';

/**
 * From a directive's published text to draft content: the same data, in the same shape and folders,
 * as reviewed entries (src/content/), each marked `review: draft`, and a report of what was proposed
 * and why. Pure: the caller reads the source and the registry, and writes the files (scripts/import.ts).
 */

export interface Registry {
  bodies: RegistryBody[];
  kinds: { id: string; name: { en: string; km: string }; units: string[] }[];
  /** Known documents (held directives and cited stubs), to match a cited document against. */
  documents: { id: string; number?: string; date?: string; kind?: string }[];
}

export interface ImportOptions {
  lang: ImportLang;
  kind?: string | undefined;
  id?: string | undefined;
  /** The project path of the source text (seeds/...), and the SHA-256 of its bytes. */
  sourceFile: string;
  sha256: string;
  /** What the source was: a text file, a PDF's text layer, OCR. */
  sourceDescription: string;
}

export type { ImportReport, ReportItem };

export interface DraftEntry {
  id: string;
  /** Project path -> data (YAML files) or Markdown text (text files). */
  data: Map<string, Record<string, unknown>>;
  texts: Map<string, { frontmatter: Record<string, unknown>; body: string }>;
  report: ImportReport;
  parsed: ParsedDocument;
  proposals: { recommendation: number; proposal: Proposal; file: string }[];
}

const slugOf = (text: string) =>
  westernDigits(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

/** A text field of a document: its own language as printed; the other language only where it exists (never translated here). */
function documentField(lang: ImportLang, printed: string | undefined): Record<string, string> {
  if (lang === 'km') return { km: printed ?? DRAFT_TEXT, kmStatus: 'original' };
  return { en: printed ?? DRAFT_TEXT, km: DRAFT_TEXT, kmStatus: 'unofficial' };
}
/** A text of ours (a summary, a title) in both languages: the words we have, the placeholder for the rest. */
const ourText = (en: string | undefined, km: string | undefined) => ({ en: en ?? DRAFT_TEXT, km: km ?? DRAFT_TEXT, kmStatus: 'unofficial' });

/**
 * The kind, from what the text prints: a letter is addressed to somebody ("To", "ជូន") under its subject
 * line (whatever the subject's first word); a law or sub-decree is titled with its kind's name, however its
 * COENG is spelt (សេចក្ដីសម្រេច, សេចក្តីសម្រេច). No kind is guessed beyond that.
 */
function detectKind(parsed: ParsedDocument, registry: Registry): { kind: string; reason: string } | undefined {
  if (parsed.addressee && parsed.subjectLabelled) return { kind: 'letter', reason: 'it is addressed to somebody ("To" line) under a subject line' };
  const title = normalizeKhmer(parsed.subject ?? '').toLowerCase();
  for (const kind of registry.kinds) {
    const km = normalizeKhmer(kind.name.km);
    if (title.startsWith(km) || new RegExp(`^${kind.name.en.toLowerCase()}\\b`).test(title))
      return { kind: kind.id, reason: `the title opens with "${title.startsWith(km) ? kind.name.km : kind.name.en}"` };
  }
  return undefined;
}

/**
 * A document number as a citation prints it after "No." / "លេខ": digits, then the codes that follow
 * ("298 BT.", "029 KN/025 SCN", "៣៥ អនក្រ.បក", "NS/RKM/0616/013"), up to the words that are not codes
 * ("ចុះ", "dated", "of"). Khmer digits read as Western ones.
 */
export function citedNumbers(line: string): string[] {
  const numbers: string[] = [];
  for (const match of line.matchAll(/(?:\bNo\.?|លេខ)\s*[:៖]?\s*/g)) {
    const tokens = line.slice(match.index + match[0].length).split(/\s+/);
    const taken: string[] = [];
    for (const token of tokens) {
      const code = /^(?=.*[0-9០-៩A-Z])[A-Z0-9០-៩./-]+$/.test(token) || /^[\u1780-\u17ff]+\.[\u1780-\u17ff.]*$/.test(token);
      if (!code || (taken.length === 0 && !/[0-9០-៩]/.test(token))) break;
      taken.push(token.replace(/,$/, ''));
    }
    if (taken.length) numbers.push(westernDigits(taken.join(' ')));
  }
  return numbers;
}

/** The opening of a sentence that goes on about the one before it. */
const CONTINUES = /^(?:Moreover|Furthermore|In addition|This|These|Such|ម្យ៉ាងទៀត|លើសពីនេះ)(?=[\s,])/;

/** Names the registry lacks: a ministry, committee or office the text names (conservative: its usual opening words). */
const NEW_BODY = {
  en: /\b(?:(?:General )?(?:Ministry|Department|Authority|Agency|Commission|Committee|Council|Secretariat) of(?: the)? [A-Z][\w-]*(?:(?:,? and |, | of | for )[A-Z][\w-]*)*)/g,
  km: /(?:ក្រសួង|អគ្គនាយកដ្ឋាន|គណៈកម្មាធិការ|អាជ្ញាធរ|ក្រុមប្រឹក្សា|លេខាធិការដ្ឋាន)[^\s។៖,]+(?: និង[^\s។៖,]+)?/g,
};
/** Khmer runs on without spaces: a name read from running text stops before the verb that follows it ("ក្រសួង|ត្រូវធ្វើ"). */
const KHMER_VERB = /ត្រូវ|គួរ|នឹង|បាន|ដើម្បី|អនុវត្ត|ធ្វើ|រៀបចំ|ផ្តល់|ផ្ដល់|ដាក់|មាន/;

export function draftEntry(text: string, options: ImportOptions, registry: Registry): DraftEntry {
  const { lang } = options;
  const parsed = parseDocument(
    text,
    lang,
    registry.kinds.flatMap((kind) => [kind.name.km, kind.name.en]),
  );
  const unplaced: ImportReport['unplaced'] = parsed.unplaced.map((paragraph) => ({ what: paragraph, reason: 'a paragraph the importer could not place in any part of the document' }));
  const proposed: ReportItem[] = [];
  const newBodies = new Map<string, { name: string; kind: string; from: string }>();

  const kindFound = options.kind ? { kind: options.kind, reason: 'given with --kind' } : detectKind(parsed, registry);
  // No kind is guessed: without one the draft says so, and even a preview stops on it until --kind names it.
  const kind = kindFound?.kind ?? DRAFT_BODY;
  if (!kindFound) unplaced.push({ what: 'kind', reason: 'the text names no kind of the registry (no "To" line under a subject, no title opening with a kind\'s name): import again with --kind' });
  const kindEntry = registry.kinds.find((entry) => entry.id === kind) ?? (kindFound ? undefined : { id: DRAFT_BODY, name: { en: '', km: '' }, units: ['article', 'point', 'recommendation'] });
  if (!kindEntry) throw new Error(`--kind ${kind}: no such kind in src/content/kinds/ (${registry.kinds.map((entry) => entry.id).join(', ')})`);
  const year = parsed.date?.iso.slice(0, 4) ?? 'undated';
  const id = options.id ?? slugOf(`${kindFound ? kind : 'document'} ${parsed.number?.value ?? 'unnumbered'} ${year}`);
  const file = (path: string) => `src/content/${path}`;
  const directiveFile = file(`directives/${id}.yaml`);

  /** A body for a line: the registry's, or a new draft body (never merged into one on a guess). */
  const bodyFor = (line: string | undefined, field: string, bodyKind: string): string => {
    if (!line) return DRAFT_BODY;
    const match = bodyOfLine(plainText(line), lang, registry.bodies);
    if (match) {
      proposed.push({ file: directiveFile, field, what: `${field}: ${match.body}`, confidence: 0.9, reasons: [`the line "${plainText(line)}" names it: "${match.words}" (${match.how})`] });
      return match.body;
    }
    // A Khmer name makes no Latin id: the field it fills names the draft instead.
    const slug =
      slugOf(plainText(line)) ||
      field
        .replace(/^.*\./, '')
        .replace(/[^a-z]+/gi, '-')
        .toLowerCase();
    const bodyId = `${id}-${slug}`.slice(0, 80).replace(/-+$/, '');
    newBodies.set(bodyId, { name: plainText(line), kind: bodyKind, from: field });
    return bodyId;
  };

  // The unit of the kind: numbered paragraphs of a letter are its recommendations.
  const unitOf = (found: ProvisionUnit): ProvisionUnit => (found === 'point' && !kindEntry.units.includes('point') && kindEntry.units.includes('recommendation') ? 'recommendation' : found);
  const issuer = bodyFor(parsed.issuerLine, 'issuer', /^(?:ក្រសួង|Ministry)/i.test(parsed.issuerLine ?? '') ? 'ministry' : 'institution');
  const senderBody = parsed.senderTitle ? bodyFor(parsed.senderTitle.replace(/\n/g, ', '), 'sender.body', 'office-holder') : issuer;
  const addresseeBody = parsed.addressee ? bodyFor(parsed.addressee, 'addressee.body', 'office-holder') : undefined;
  const signatory = parsed.signature.name ? bodyFor(parsed.signature.name, 'signature.signatory', 'person') : DRAFT_BODY;

  // The introduction's instruction names the addressees, who are the implied actors of a bare verb.
  const introSentences = parsed.intro ? splitSentences(parsed.intro, lang) : [];
  const instructed = introSentences
    .map((sentence) => proposeObligation(plainText(sentence), lang, registry.bodies, [], parsed.date?.iso))
    .find((proposal) => proposal?.modality.modality === 'instructed');
  const addressedTo = instructed?.actors.map((actor) => actor.body) ?? (addresseeBody && addresseeBody !== DRAFT_BODY ? [addresseeBody] : []);

  // Cited documents: the reference lines (and the "បានឃើញ" lines of a preamble), matched by number (and the
  // year, when both give one), a numberless one by its date and kind; else a new stub, when the line dates it.
  const knownDocument = (line: string) => {
    const date = readDate(line)?.iso;
    const numbers = citedNumbers(line);
    return registry.documents.find((document) =>
      document.number
        ? numbers.includes(westernDigits(document.number)) && (date === undefined || document.date === undefined || date.slice(0, 4) === document.date.slice(0, 4))
        : numbers.length === 0 && date !== undefined && document.date === date && document.kind !== undefined && line.toLowerCase().includes(document.kind),
    );
  };
  type DraftReference = { reference: string; text: Record<string, string>; stub?: { number: string | undefined; date: string } };
  const references = parsed.references.flatMap((line, index): DraftReference[] => {
    const date = readDate(line)?.iso;
    const known = knownDocument(plainText(line));
    const field = `references[${index}]`;
    if (known) {
      proposed.push({
        file: directiveFile,
        field,
        what: `reference ${known.id}`,
        confidence: known.number ? 0.95 : 0.7,
        reasons: [known.number ? `the line cites No. ${known.number}` : `the line is dated ${date} and names a document of kind "${known.kind}"`],
      });
      return [{ reference: known.id, text: documentField(lang, line) }];
    }
    // A stub needs a date; a document cited without one (the Constitution) is left for the editor.
    if (date === undefined) {
      unplaced.push({
        what: `cited: "${plainText(line)}"`,
        reason: 'no known document has its number, and the line gives no date: add a stub (src/content/references/) and its reference line, if the atlas should know it',
      });
      return [];
    }
    const number = citedNumbers(line)[0];
    const stub = slugOf(`${number ?? 'reference'} ${date}`);
    proposed.push({
      file: file(`references/${stub}.yaml`),
      what: `new reference stub ${stub}`,
      confidence: 0.5,
      reasons: ['no known document has its number (or date and kind): a new stub; its issuer, kind and title are for the editor'],
    });
    return [{ reference: stub, text: documentField(lang, line), stub: { number, date } }];
  });

  const data = new Map<string, Record<string, unknown>>();
  const texts = new Map<string, { frontmatter: Record<string, unknown>; body: string }>();
  const proposals: DraftEntry['proposals'] = [];
  const sentenceParts: { intro: unknown[]; recommendations: unknown[]; closing: unknown[] } = { intro: [], recommendations: [], closing: [] };
  const sentenceOf = (sentence: string, index: number) => (lang === 'km' ? { id: `s${index + 1}`, km: sentence } : { id: `s${index + 1}`, en: sentence, km: DRAFT_TEXT });

  /** The obligations of one part (0: the introduction). */
  const propose = (number: number, sentences: string[]) => {
    const drafted: { path: string; proposal: Proposal; item: ReportItem }[] = [];
    for (const sentence of sentences) {
      const plain = plainText(sentence);
      const proposal = proposeObligation(plain, lang, registry.bodies, addressedTo, parsed.date?.iso);
      const previous = drafted.at(-1);
      // A sentence that goes on about the one before ("This ecosystem should ...", "Moreover, ...") and names
      // no acting body of its own is part of the obligation before it: one quote spanning both.
      if (previous && CONTINUES.test(plain) && !proposal?.actors.some((actor) => actor.role !== 'supporting')) {
        previous.proposal.quote = `${previous.proposal.quote} ${plain}`;
        previous.item.reasons.push(`the next sentence goes on about it ("${CONTINUES.exec(plain)![0]}") and names no acting body: the quote spans both`);
        continue;
      }
      if (!proposal) continue;
      const path = file(`obligations/${id}/r${String(number).padStart(2, '0')}-o${drafted.length + 1}.yaml`);
      const item: ReportItem = { file: path, what: '', confidence: proposal.confidence, reasons: [...proposal.reasons, 'themes: none proposed (choose from src/content/themes/)'] };
      drafted.push({ path, proposal, item });
      proposed.push(item);
    }
    for (const { path, proposal, item } of drafted) {
      const quote = proposal.quote;
      proposals.push({ recommendation: number, proposal, file: path });
      item.what = `obligation: "${quote.length > 90 ? `${quote.slice(0, 90)}…` : quote}"`;
      data.set(path, {
        review: 'draft',
        directive: id,
        recommendation: number,
        quote,
        // The summary starts as the quote itself, in its own language; the other language waits for the editor.
        action: lang === 'km' ? ourText(undefined, quote) : ourText(quote, undefined),
        kind: proposal.kind,
        modality: proposal.modality.modality satisfies Modality,
        actors: proposal.actors.map((actor) => ({ body: actor.body, role: actor.role, ...(actor.implicit ? { implicit: true } : {}) })),
        ...(proposal.concerns.length ? { concerns: proposal.concerns.map((actor) => actor.body) } : {}),
        ...(proposal.deadline
          ? { deadline: { text: proposal.deadline.text, km: lang === 'km' ? proposal.deadline.text : DRAFT_TEXT, ...(proposal.deadline.iso ? { iso: proposal.deadline.iso } : {}) } }
          : {}),
        themes: [],
      });
    }
  };

  if (introSentences.length) {
    sentenceParts.intro = introSentences.map(sentenceOf);
    propose(0, introSentences);
  } else unplaced.push({ what: 'intro', reason: 'no introductory paragraph before the provisions' });

  const relations: Record<string, unknown>[] = [];
  for (const provision of parsed.provisions) {
    const unit = unitOf(provision.unit);
    const number = String(provision.number).padStart(2, '0');
    texts.set(file(`recommendations/${id}/${lang}/${number}.md`), {
      frontmatter: {
        review: 'draft',
        directive: id,
        ...(unit === 'recommendation' ? {} : { unit }),
        ...(provision.chapter ? { chapter: provision.chapter } : {}),
        number: provision.number,
        lang,
        status: 'source',
      },
      body: provision.text,
    });
    const sentences = splitSentences(provision.text, lang);
    sentenceParts.recommendations.push({ number: provision.number, sentences: sentences.map(sentenceOf) });
    propose(provision.number, sentences);
    // A known document named in a provision: amended, repealed or cited from there.
    const named = citedNumbers(provision.text);
    for (const document of registry.documents) {
      if (!document.number || !named.includes(westernDigits(document.number))) continue;
      const type = /វិសោធនកម្ម|\bamend/i.test(provision.text) ? 'amends' : /និរាករណ៍|\brepeal/i.test(provision.text) ? 'repeals' : 'cites';
      const eId = `${provision.chapter ? `chp_${provision.chapter}__` : ''}${unit === 'article' ? 'art' : unit}_${provision.number}`;
      relations.push({ type, document: document.id, ...(unit === 'recommendation' ? {} : { provision: eId }) });
      proposed.push({
        file: directiveFile,
        field: 'relations',
        what: `${type} ${document.id}`,
        confidence: 0.7,
        reasons: [`${unit} ${provision.number} names No. ${document.number}${type !== 'cites' ? ` and says "${type === 'amends' ? 'amend' : 'repeal'}"` : ''}`],
      });
    }
  }
  if (parsed.provisions.length === 0) unplaced.push({ what: 'provisions', reason: 'no articles, points or numbered recommendations found' });
  const closingSentences = parsed.closing ? splitSentences(parsed.closing, lang) : [];
  sentenceParts.closing = closingSentences.map(sentenceOf);

  // Bodies the provisions name that the registry lacks: draft bodies, for the editor to confirm or merge.
  for (const provision of parsed.provisions) {
    const plain = plainText(provision.text);
    const known = matchBodies(plain, lang, registry.bodies);
    for (const match of plain.matchAll(NEW_BODY[lang])) {
      const verb = lang === 'km' ? KHMER_VERB.exec(match[0].slice(2)) : null;
      const name = verb ? match[0].slice(0, verb.index + 2) : match[0];
      const end = match.index + name.length;
      // Too short to be a name once the verb is cut off ("ក្រសួង|ត្រូវធ្វើ"), or a body the registry knows.
      if (name.length < 8 || known.some((body) => match.index < body.end && body.start < end)) continue;
      const bodyId = `${id}-${slugOf(name) || `body-${newBodies.size + 1}`}`.slice(0, 80).replace(/-+$/, '');
      if (!newBodies.has(bodyId)) newBodies.set(bodyId, { name, kind: /^(?:ក្រសួង|Ministry)/.test(name) ? 'ministry' : 'institution', from: `provision ${provision.number}` });
    }
  }

  const missing = (field: string, value: unknown, reason: string) => {
    if (value === undefined || value === DRAFT_BODY) unplaced.push({ what: field, reason });
  };
  missing('number', parsed.number, 'no "No." / "លេខ" line');
  missing('date', parsed.date, 'no solar date in Khmer or English (a lunar date is not read)');
  missing('place', parsed.place, 'no place before the date');
  missing('subject', parsed.subject, 'no subject line or title');
  missing('closing', parsed.closing, 'no paragraph after the provisions');
  missing('signature', parsed.signature.mark, 'no signature block ("[...]" mark)');
  missing('signature.signatory', signatory === DRAFT_BODY ? undefined : signatory, 'the text prints no signatory name');
  // Without an instruction in the introduction or an addressee, the document addresses the bodies it tells to act.
  if (addressedTo.length === 0) {
    const acting = [
      ...new Set(
        proposals.flatMap(({ proposal }) =>
          proposal.kind === 'duty' ? proposal.actors.filter((actor) => !actor.implicit && (actor.role === 'lead' || actor.role === 'joint')).map((actor) => actor.body) : [],
        ),
      ),
    ];
    addressedTo.push(...acting);
    if (acting.length)
      proposed.push({
        file: directiveFile,
        field: 'addressedTo',
        what: `addressedTo: ${acting.join(', ')}`,
        confidence: 0.6,
        reasons: ['no instruction in the introduction and no addressee: the bodies its provisions tell to act'],
      });
    else
      unplaced.push({
        what: 'addressedTo',
        reason: 'the introduction instructs no body the registry knows, there is no addressee and no provision tells a known body to act: name the bodies it addresses',
      });
  }

  const texts_ = lang === 'km' ? { km: { status: 'held' } } : { en: { status: 'held' } };
  unplaced.push({
    what: 'issuedIn and texts',
    reason: `the text of the source file is "held" and the language it was issued in is not recorded: when you know where it was published, set issuedIn and texts.${lang} (original: publisher, url)${lang === 'en' ? '; every document needs a Khmer text (texts.km): add the Khmer original or our translation' : '; no English text is drafted: add one later, with its status'}`,
  });

  const directive: Record<string, unknown> = {
    review: 'draft',
    kind,
    issuedIn: 'not-recorded',
    texts: texts_,
    ...(relations.length ? { relations } : {}),
    number: parsed.number?.value ?? DRAFT_TEXT,
    issuer,
    date: parsed.date?.iso ?? DRAFT_TEXT,
    place: documentField(lang, parsed.place),
    letterhead: (parsed.letterhead.length ? parsed.letterhead : [undefined]).map((line) => documentField(lang, line)),
    sender: { body: senderBody, title: documentField(lang, parsed.senderTitle ?? parsed.issuerLine) },
    ...(parsed.addressee ? { addressee: { text: documentField(lang, parsed.addressee), ...(addresseeBody !== DRAFT_BODY ? { body: addresseeBody } : {}) } } : {}),
    subject: documentField(lang, parsed.subject),
    ...(references.length ? { references: references.map(({ reference, text: line }) => ({ reference, text: line })) } : {}),
    addressedTo: addressedTo.length ? addressedTo : [DRAFT_BODY],
    ...(parsed.chapters.length ? { chapters: parsed.chapters.map((chapter) => ({ number: chapter.number, title: documentField(lang, chapter.title || undefined) })) } : {}),
    intro: documentField(lang, parsed.intro),
    recommendationCount: parsed.provisions.length,
    closing: documentField(lang, parsed.closing),
    signature: { block: documentField(lang, parsed.signature.block), mark: documentField(lang, parsed.signature.mark), name: documentField(lang, parsed.signature.name), signatory },
    ...(parsed.copyTo.length
      ? {
          copyTo: parsed.copyTo.map((line) => {
            const body = bodyOfLine(plainText(line), lang, registry.bodies)?.body;
            return { text: documentField(lang, line), ...(body ? { body } : {}) };
          }),
        }
      : {}),
    source: {
      file: options.sourceFile,
      sha256: options.sha256,
      lang,
      description: ourText(`Drafted by npm run import from ${options.sourceDescription}.`, `សេចក្តីព្រាងដោយ npm run import ពី ${options.sourceDescription}។`),
    },
  };
  data.set(directiveFile, directive);
  proposed.unshift(
    { file: directiveFile, field: 'kind', what: `kind: ${kind}`, confidence: kindFound ? 0.9 : 0.2, reasons: [kindFound?.reason ?? 'no kind found'] },
    ...(parsed.number ? [{ file: directiveFile, field: 'number', what: `number: ${parsed.number.value}`, confidence: 0.95, reasons: [`printed "${parsed.number.printed}"`] }] : []),
    ...(parsed.date ? [{ file: directiveFile, field: 'date', what: `date: ${parsed.date.iso}`, confidence: 0.95, reasons: [`printed "${parsed.date.printed}"`] }] : []),
    {
      file: directiveFile,
      field: 'recommendationCount',
      what: `${parsed.provisions.length} ${unitOf(parsed.provisions[0]?.unit ?? 'point')}s${parsed.chapters.length ? ` in ${parsed.chapters.length} chapters` : ''}`,
      confidence: 0.9,
      reasons: ['numbered in order from 1'],
    },
  );
  data.set(file(`sentences/${id}.yaml`), { review: 'draft', directive: id, ...sentenceParts });

  for (const { reference, stub } of references) {
    if (!stub) continue;
    data.set(file(`references/${reference}.yaml`), {
      review: 'draft',
      ...(stub.number ? { number: stub.number } : {}),
      date: stub.date,
      issuer: DRAFT_BODY,
      kind: DRAFT_BODY,
      title: ourText(undefined, undefined),
    });
  }
  for (const [bodyId, body] of newBodies) {
    const path = file(`bodies/${bodyId}.yaml`);
    data.set(path, {
      review: 'draft',
      name: lang === 'km' ? ourText(undefined, body.name) : ourText(body.name, undefined),
      kind: body.kind,
      mentions: { en: lang === 'en' ? [body.name] : [], km: lang === 'km' ? [body.name] : [] },
    });
    proposed.push({
      file: path,
      what: `new body "${body.name}"`,
      confidence: 0.3,
      reasons: [
        `named in ${body.from}; no body of the registry has this name, acronym or Khmer name: a new body, or a name an existing body lacks (then add it to that body's mentions and delete this draft)`,
      ],
    });
  }

  return { id, data, texts, parsed, proposals, report: { id, source: options.sourceFile, lang, read: 'text file', proposed, unplaced, sourceNotes: [...parsed.notes], lowConfidenceLines: [] } };
}
