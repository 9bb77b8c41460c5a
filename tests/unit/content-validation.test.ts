import { describe, expect, it } from 'vitest';
import type { Atlas, AtlasEntry } from '../../src/lib/atlas.ts';
import { formatProblems } from '../../src/validation/atlas-rules.ts';
import { loadAtlas } from '../helpers/atlas.ts';
import { buildProblems, schemaProblems } from '../helpers/validate.ts';

/**
 * Broken content never reaches the public: each case breaks the real atlas in one way, as a content
 * file would, and the build's checks (the collection's schema, then the cross-file rules) must name
 * the file and the field. tests/build/content-guard.test.ts proves with real builds that they stop it.
 */
const directive = 'ocm-265-scn-pb-2025';
const file = (collection: string, id: string, extension = collection === 'recommendations' ? 'md' : 'yaml') => `src/content/${collection}/${id}.${extension}`;

interface BrokenCase {
  name: string;
  break: (atlas: Atlas) => void;
  file: string;
  field?: string;
  message: RegExp;
}

function entry(atlas: Atlas, collection: keyof Atlas, id: string): AtlasEntry & { data: Record<string, any> } {
  const found = (atlas[collection] as AtlasEntry[]).find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no ${collection} entry ${id}`);
  return found as AtlasEntry & { data: Record<string, any> };
}
const obligation = (atlas: Atlas, id: string) => entry(atlas, 'obligations', `${directive}/${id}`);
const recommendation = (atlas: Atlas, lang: string, number: string) => entry(atlas, 'recommendations', `${directive}/${lang}/${number}`);
/** A copy of an entry under another file name, as a new file would arrive. */
function addCopy(atlas: Atlas, collection: keyof Atlas, of: AtlasEntry, id: string, filePath: string, change: (data: Record<string, any>) => void = () => {}): void {
  const copy = structuredClone(of) as AtlasEntry & { data: Record<string, any> };
  copy.id = id;
  copy.filePath = filePath;
  change(copy.data);
  (atlas[collection] as AtlasEntry[]).push(copy);
}

/**
 * A Khmer original with no English text beside the letter (as tests/fixtures/other-kinds/ has one): a copy
 * of the letter's header with only a Khmer text, one Khmer point, and one obligation quoting `quote`.
 * Other rules may object to the copied header; each case looks for its own problem only.
 */
const khmerOnly = 'test-khmer-only-2025';
const khmerPoint = 'ក្រសួងប្រៃសណីយ៍ និងទូរគមនាគមន៍ ត្រូវរៀបចំបញ្ជីគេហទំព័រសាកល្បងរបស់ក្រសួង ស្ថាប័ន។';
function addKhmerOnly(atlas: Atlas, quote: string, modality = 'shall'): void {
  addCopy(atlas, 'directives', entry(atlas, 'directives', directive), khmerOnly, file('directives', khmerOnly), (data) => {
    data.texts = { km: { status: 'original', publisher: { id: 'royal-government', collection: 'bodies' }, url: 'https://example.org/km' } };
    data.recommendationCount = 1;
  });
  addCopy(atlas, 'recommendations', recommendation(atlas, 'km', '01'), `${khmerOnly}/km/01`, file('recommendations', `${khmerOnly}/km/01`), (data) => {
    data.directive = { id: khmerOnly, collection: 'directives' };
    data.status = 'source';
    delete data.translatedFrom;
  });
  (atlas.recommendations.at(-1) as AtlasEntry & { body: string }).body = khmerPoint;
  addCopy(atlas, 'obligations', obligation(atlas, 'r01-o1'), `${khmerOnly}/r01-o1`, file('obligations', `${khmerOnly}/r01-o1`), (data) => {
    data.directive = { id: khmerOnly, collection: 'directives' };
    data.quote = quote;
    data.modality = modality;
    data.kind = 'duty'; // both "shall" and "should" make a duty
    data.deadline = undefined;
  });
}

const cases: BrokenCase[] = [
  {
    name: 'a date that does not exist',
    break: (a) => void (entry(a, 'references', 'mptc-letter-298-bt-2025').data.date = '2025-02-30'),
    file: file('references', 'mptc-letter-298-bt-2025'),
    field: 'date',
    message: /not a real calendar date/,
  },
  { name: 'a date in another format', break: (a) => void (entry(a, 'directives', directive).data.date = '18/02/2025'), file: file('directives', directive), field: 'date', message: /YYYY-MM-DD/ },
  {
    name: 'a deadline date that does not exist',
    break: (a) => void (obligation(a, 'r09-o1').data.deadline.iso = '2025-02-30'),
    file: file('obligations', `${directive}/r09-o1`),
    field: 'deadline.iso',
    message: /not a real calendar date/,
  },
  {
    name: 'a recommendation number used twice',
    break: (a) => addCopy(a, 'recommendations', recommendation(a, 'en', '03'), `${directive}/en/12`, file('recommendations', `${directive}/en/12`)),
    file: file('recommendations', `${directive}/en/12`),
    field: 'number',
    message: /duplicate recommendation number 3/,
  },
  {
    name: 'English pasted as a Khmer name',
    break: (a) => void (entry(a, 'themes', 'governance').data.name.km = 'Governance and institutional capacity'),
    file: file('themes', 'governance'),
    field: 'name.km',
    message: /contains no Khmer text/,
  },
  {
    name: 'Khmer text marked as the source',
    break: (a) => void (recommendation(a, 'km', '01').data.status = 'source'),
    file: file('recommendations', `${directive}/km/01`),
    field: 'status',
    message: /is "source", but the directive.s Khmer text is "ours"/,
  },
  {
    name: 'a Khmer text without its status',
    break: (a) => void delete entry(a, 'themes', 'governance').data.name.kmStatus,
    file: file('themes', 'governance'),
    field: 'name.kmStatus',
    message: /established.*unofficial/,
  },
  {
    name: 'a required field missing',
    break: (a) => void delete entry(a, 'themes', 'cybersecurity').data.description,
    file: file('themes', 'cybersecurity'),
    field: 'description',
    message: /expected object/,
  },
  { name: 'a field the schema does not know', break: (a) => void (entry(a, 'bodies', 'camcert').data.status = 'active'), file: file('bodies', 'camcert'), message: /^unknown field.*"status"/ },
  {
    name: 'a missing Khmer translation',
    break: (a) => void (a.recommendations = a.recommendations.filter((rec) => rec.id !== `${directive}/km/07`)),
    file: file('directives', directive),
    field: 'recommendationCount',
    message: /recommendation 7 has no Khmer translation/,
  },
  {
    name: 'a quote that is not in the text',
    break: (a) => void (obligation(a, 'r08-o5').data.quote = 'MPTC must complete the National Data Center by December 2025.'),
    file: file('obligations', `${directive}/r08-o5`),
    field: 'quote',
    message: /not a verbatim span of recommendation 8/,
  },
  {
    name: 'a quote of white space',
    break: (a) => void (obligation(a, 'r08-o5').data.quote = '        '),
    file: file('obligations', `${directive}/r08-o5`),
    field: 'quote',
    message: /eight characters of words/,
  },
  {
    name: 'a quote cut inside words',
    break: (a) => void (obligation(a, 'r08-o1').data.quote = 'ata gove'),
    file: file('obligations', `${directive}/r08-o1`),
    field: 'quote',
    message: /inside a word/,
  },
  {
    name: 'a deadline the quote does not contain',
    break: (a) => void (obligation(a, 'r08-o5').data.deadline = { text: 'by 31 December 2025', km: 'ត្រឹមថ្ងៃទី៣១ ខែធ្នូ ឆ្នាំ២០២៥' }),
    file: file('obligations', `${directive}/r08-o5`),
    field: 'deadline.text',
    message: /not in the quote/,
  },
  {
    name: 'an English deadline in the Khmer field',
    break: (a) => void (obligation(a, 'r09-o1').data.deadline.km = 'in March 2025'),
    file: file('obligations', `${directive}/r09-o1`),
    field: 'deadline.km',
    message: /no Khmer text/,
  },
  {
    name: 'a blank Khmer deadline',
    break: (a) => void (obligation(a, 'r09-o1').data.deadline.km = '   '),
    file: file('obligations', `${directive}/r09-o1`),
    field: 'deadline.km',
    message: /must not be empty/,
  },
  {
    name: 'an unknown body',
    break: (a) => void (obligation(a, 'r09-o1').data.actors[0].body = { id: 'ministry-of-magic', collection: 'bodies' }),
    file: file('obligations', `${directive}/r09-o1`),
    field: 'actors[0].body',
    message: /unknown bodies id "ministry-of-magic"/,
  },
  {
    name: 'an unknown instrument owner',
    break: (a) => void (entry(a, 'instruments', 'dg-superapp').data.owner = { id: 'nobody-at-all', collection: 'bodies' }),
    file: file('instruments', 'dg-superapp'),
    field: 'owner',
    message: /unknown bodies id "nobody-at-all"/,
  },
  {
    name: 'an unknown reference letter',
    break: (a) => void (entry(a, 'directives', directive).data.references[0].reference = { id: 'mptc-letter-999', collection: 'references' }),
    file: file('directives', directive),
    field: 'references[0].reference',
    message: /unknown references id "mptc-letter-999"/,
  },
  {
    name: 'a body listed twice',
    break: (a) => {
      const o = obligation(a, 'r05-o1');
      o.data.actors.push(structuredClone(o.data.actors[0]));
    },
    file: file('obligations', `${directive}/r05-o1`),
    field: 'actors[1]',
    message: /listed twice/,
  },
  {
    name: 'a theme listed twice',
    break: (a) => {
      const o = obligation(a, 'r05-o1');
      o.data.themes.push(structuredClone(o.data.themes[0]));
    },
    file: file('obligations', `${directive}/r05-o1`),
    field: 'themes[1]',
    message: /listed twice/,
  },
  {
    name: "an obligation in another directive's folder",
    break: (a) => addCopy(a, 'obligations', obligation(a, 'r05-o1'), 'other-directive/r05-o1', file('obligations', 'other-directive/r05-o1')),
    file: file('obligations', 'other-directive/r05-o1'),
    field: 'directive',
    message: /folder of "other-directive"/,
  },
  {
    name: 'a file name that is not an id',
    break: (a) => addCopy(a, 'bodies', entry(a, 'bodies', 'camcert'), 'ministry_of_magic', 'src/content/bodies/Ministry_Of_Magic.yaml', (d) => void (d.mentions = { en: [], km: [] })),
    file: 'src/content/bodies/Ministry_Of_Magic.yaml',
    message: /lower-case letters, digits and single hyphens/,
  },
  {
    name: 'a body in a subfolder',
    break: (a) => addCopy(a, 'bodies', entry(a, 'bodies', 'camcert'), 'agencies/camcert-2', 'src/content/bodies/agencies/camcert-2.yaml', (d) => void (d.mentions = { en: [], km: [] })),
    file: 'src/content/bodies/agencies/camcert-2.yaml',
    message: /not in a subfolder/,
  },
  {
    name: 'a .yml file',
    break: (a) => addCopy(a, 'themes', entry(a, 'themes', 'governance'), 'governance-2', 'src/content/themes/governance-2.yml'),
    file: 'src/content/themes/governance-2.yml',
    message: /end in \.yaml/,
  },
  {
    name: 'an .mdx text (MDX is compiled into the server bundle; texts are Markdown, rendered once and stored)',
    break: (a) => {
      const rec = recommendation(a, 'en', '01');
      rec.filePath = rec.filePath?.replace(/\.md$/, '.mdx');
    },
    file: 'src/content/recommendations/ocm-265-scn-pb-2025/en/01.mdx',
    message: /end in \.md$/,
  },
  { name: 'a one-word mention', break: (a) => void entry(a, 'bodies', 'mptc').data.mentions.en.push('Ministry'), file: file('bodies', 'mptc'), field: 'mentions.en[3]', message: /too short/ },
  { name: 'a blank mention', break: (a) => void entry(a, 'bodies', 'mptc').data.mentions.en.push('  '), file: file('bodies', 'mptc'), field: 'mentions.en[3]', message: /too short|at least/ },
  { name: 'invalid UTF-8', break: (a) => void (entry(a, 'themes', 'governance').data.name.en = 'Gov\uFFFDernance'), file: file('themes', 'governance'), field: 'name.en', message: /not valid UTF-8/ },
  {
    name: 'a bidi override character',
    break: (a) => void (obligation(a, 'r05-o1').data.action.en += '\u202E'),
    file: file('obligations', `${directive}/r05-o1`),
    field: 'action.en',
    message: /bidirectional/,
  },
  {
    name: 'a script in Markdown',
    break: (a) => void (recommendation(a, 'km', '09').body += '<script>alert(1)</script>'),
    file: file('recommendations', `${directive}/km/09`),
    field: 'body',
    message: /plain Markdown prose/,
  },
  ...['javascript:alert(1)', 'data:text/html,x', 'vbscript:x', 'http://example.org/'].map((href) => ({
    name: `a ${href.split(':')[0]}: link in Markdown`,
    break: (a: Atlas) => void (recommendation(a, 'en', '04').body += ` [here](${href})`),
    file: file('recommendations', `${directive}/en/04`),
    field: 'body',
    message: /links may only go to https/,
  })),
  {
    name: 'a remote image in Markdown',
    break: (a) => void (recommendation(a, 'en', '04').body += '\n\n![x](https://example.org/x.png)'),
    file: file('recommendations', `${directive}/en/04`),
    field: 'body',
    message: /must not embed images/,
  },
  {
    name: 'a Markdown heading (a second h1)',
    break: (a) => void (recommendation(a, 'en', '04').body = `# Heading\n\n${recommendation(a, 'en', '04').body}`),
    file: file('recommendations', `${directive}/en/04`),
    field: 'body',
    message: /headings/,
  },
  {
    name: 'English text in a Khmer recommendation',
    break: (a) => void (recommendation(a, 'km', '04').body = recommendation(a, 'en', '04').body),
    file: file('recommendations', `${directive}/km/04`),
    field: 'body',
    message: /contains no Khmer text/,
  },
  {
    name: 'a source text that changed',
    break: (a) => void (entry(a, 'directives', directive).data.source.sha256 = '0'.repeat(64)),
    file: file('directives', directive),
    field: 'source.sha256',
    message: /does not match seeds\//,
  },
  {
    name: 'a source outside seeds/',
    break: (a) => void (entry(a, 'directives', directive).data.source.file = 'seeds/../package.json'),
    file: file('directives', directive),
    field: 'source.file',
    message: /under seeds\//,
  },
  {
    name: 'an unknown kind of instrument',
    break: (a) => void (entry(a, 'directives', directive).data.kind = { id: 'edict', collection: 'kinds' }),
    file: file('directives', directive),
    field: 'kind',
    message: /unknown kinds id "edict"/,
  },
  {
    name: 'a unit the kind does not have (an article in a letter)',
    break: (a) => void (recommendation(a, 'en', '02').data.unit = 'article'),
    file: file('recommendations', `${directive}/en/02`),
    field: 'unit',
    message: /"article", a unit that a letter does not have: its units are recommendation, paragraph/,
  },
  {
    name: 'a unit that no kind has',
    break: (a) => void (recommendation(a, 'en', '02').data.unit = 'clause'),
    file: file('recommendations', `${directive}/en/02`),
    field: 'unit',
    message: /Invalid option/,
  },
  {
    name: 'a relation to an unknown document',
    break: (a) => void (entry(a, 'directives', directive).data.relations = [{ type: 'implements', document: 'sub-decree-999' }]),
    file: file('directives', directive),
    field: 'relations[0].document',
    message: /unknown document "sub-decree-999": no src\/content\/directives\/sub-decree-999.yaml or src\/content\/references\/sub-decree-999.yaml/,
  },
  {
    name: 'a document that replaces itself',
    break: (a) => void (entry(a, 'directives', directive).data.relations = [{ type: 'replaces', document: directive }]),
    file: file('directives', directive),
    field: 'relations[0].document',
    message: /cannot replace itself/,
  },
  {
    name: 'a cycle of replacements',
    break: (a) => {
      entry(a, 'directives', directive).data.relations = [{ type: 'replaces', document: 'mptc-letter-298-bt-2025' }];
      entry(a, 'references', 'pm-cabinet-letter-029-kn-025-scn-2025').data.relations = [{ type: 'replaces', document: directive }];
      entry(a, 'references', 'mptc-letter-298-bt-2025').data.relations = [{ type: 'replaces', document: 'pm-cabinet-letter-029-kn-025-scn-2025' }];
    },
    file: file('references', 'pm-cabinet-letter-029-kn-025-scn-2025'),
    field: 'relations[0]',
    message: /"replaces" goes round in a cycle: .*replaces.*replaces/,
  },
  {
    name: 'a relation from a provision the document does not have',
    break: (a) => void (entry(a, 'directives', directive).data.relations = [{ type: 'implements', document: 'prime-minister-notes-2025-02-13', provision: 'rec-12' }]),
    file: file('directives', directive),
    field: 'relations[0].provision',
    message: /has 11 recommendations/,
  },
  {
    name: 'a cites relation that repeats a reference line',
    break: (a) => void (entry(a, 'directives', directive).data.relations = [{ type: 'cites', document: 'mptc-letter-298-bt-2025' }]),
    file: file('directives', directive),
    field: 'relations[0]',
    message: /already cited in references/,
  },
  {
    name: 'a published translation without its address',
    break: (a) => void (entry(a, 'directives', directive).data.texts.km = { status: 'published-translation', publisher: 'A newspaper', date: '2025-02-20' }),
    file: file('directives', directive),
    field: 'texts.km.url',
    message: /must be the https:\/\/ address where the text was published/,
  },
  {
    name: 'an official translation without saying whose',
    break: (a) => void (entry(a, 'directives', directive).data.texts.km = { status: 'official-translation', url: 'https://example.org/km' }),
    file: file('directives', directive),
    field: 'texts.km.by',
    message: /Invalid input/,
  },
  {
    name: 'an English "original" claimed for a document issued in Khmer',
    break: (a) => {
      const data = entry(a, 'directives', directive).data;
      data.issuedIn = 'km';
      data.texts.en = { status: 'original', publisher: 'ocm', url: 'https://example.org/en' };
    },
    file: file('directives', directive),
    field: 'texts.en.status',
    message: /issued in Khmer: its English text is a translation, not an original. Say where it is from/,
  },
  {
    name: 'an original when the language of issue is not recorded',
    break: (a) => void (entry(a, 'directives', directive).data.texts.en = { status: 'original', publisher: 'ocm', url: 'https://example.org/en' }),
    file: file('directives', directive),
    field: 'texts.en.status',
    message: /not recorded \(issuedIn\)/,
  },
  {
    name: 'a held text in a language the source file is not in',
    break: (a) => void (entry(a, 'directives', directive).data.texts.km = { status: 'held' }),
    file: file('directives', directive),
    field: 'texts.km.status',
    message: /the source file seeds\/ocm-265-scn-pb-2025.en.txt is in English/,
  },
  {
    name: 'our translation of a text we do not have',
    break: (a) => {
      const data = entry(a, 'directives', directive).data;
      data.texts.en = { status: 'ours', translatedFrom: 'km' };
    },
    file: file('directives', directive),
    field: 'texts.en.translatedFrom',
    message: /texts.km is "ours"/,
  },
  {
    name: 'recommendations in a language the directive has no text in',
    break: (a) => void delete entry(a, 'directives', directive).data.texts.km,
    file: file('recommendations', `${directive}/km/01`),
    field: 'lang',
    message: /has no Khmer text \(texts.km/,
  },
  {
    name: 'a Khmer quote of a document with no English text that is not a span of its Khmer provision',
    break: (a) => addKhmerOnly(a, 'ក្រសួងប្រៃសណីយ៍ និងទូរគមនាគមន៍ ត្រូវរៀបចំបញ្ជីគេហទំព័រថ្មី'),
    file: file('obligations', `${khmerOnly}/r01-o1`),
    field: 'quote',
    message: /is not a verbatim span of recommendation 1/,
  },
  {
    name: 'a Khmer quote cut inside a syllable (a consonant without its vowel sign)',
    break: (a) => addKhmerOnly(a, 'ក្រសួងប្រៃសណីយ៍ និងទូរគមនាគមន៍ ត្រូវរៀបចំបញ្ជីគេហទំព័រសាកល្បងរបស់ក្រសួង ស្ថាប'),
    file: file('obligations', `${khmerOnly}/r01-o1`),
    field: 'quote',
    message: /inside a Khmer syllable/,
  },
  {
    name: 'an English quote of a document that has no English text',
    break: (a) => addKhmerOnly(a, 'The Ministry of Post and Telecommunications shall prepare the list'),
    file: file('obligations', `${khmerOnly}/r01-o1`),
    field: 'quote',
    message: /at least eight characters of words of the text/,
  },
  {
    name: 'a modality whose Khmer word the Khmer quote does not contain ("should" where the text says ត្រូវ)',
    break: (a) => addKhmerOnly(a, khmerPoint.replace(/។$/, ''), 'should'),
    file: file('obligations', `${khmerOnly}/r01-o1`),
    field: 'modality',
    message: /"should": its word \(គួរ\) is neither in the quote/,
  },
  {
    name: 'a document without a Khmer text (the Khmer reader always has one: as issued, held or ours)',
    break: (a) => void delete entry(a, 'directives', directive).data.texts.km,
    file: file('directives', directive),
    field: 'texts.km',
    message: /every document has a Khmer text/,
  },
  {
    name: 'a Khmer header marked "original" when the Khmer text is our translation',
    break: (a) => void (entry(a, 'directives', directive).data.subject.kmStatus = 'original'),
    file: file('directives', directive),
    field: 'subject.kmStatus',
    message: /is "original", but the Khmer text of this document is "ours"/,
  },
  {
    name: 'a body name marked as a Khmer original',
    break: (a) => void (entry(a, 'bodies', 'mptc').data.name.kmStatus = 'original'),
    file: file('bodies', 'mptc'),
    field: 'name.kmStatus',
    message: /"original" is the Khmer of a directive's own header only/,
  },
  {
    name: 'a Khmer original whose header keeps our translation status',
    break: (a) => {
      const data = entry(a, 'directives', directive).data;
      data.issuedIn = 'km';
      data.texts = { km: { status: 'held' }, en: { status: 'ours', translatedFrom: 'km' } };
      data.source.lang = 'km';
    },
    file: file('directives', directive),
    field: 'intro.kmStatus',
    message: /its header's Khmer is as printed, "original"/,
  },
  {
    name: 'a held text in a language the document was not issued in',
    break: (a) => {
      const data = entry(a, 'directives', directive).data;
      data.issuedIn = 'km';
    },
    file: file('directives', directive),
    field: 'texts.en.status',
    message: /issued in Khmer: its English text is a translation, not an original/,
  },
  {
    name: 'a published translation of a document whose language of issue is not recorded',
    break: (a) => void (entry(a, 'directives', directive).data.texts.km = { status: 'published-translation', publisher: 'A newspaper', url: 'https://example.org/km', date: '2025-02-20' }),
    file: file('directives', directive),
    field: 'texts.km.status',
    message: /the language the document was issued in is not recorded \(issuedIn\): record it/,
  },
  {
    name: "an English text of ours, which obligations would quote as the document's words",
    break: (a) => {
      const data = entry(a, 'directives', directive).data;
      data.texts = { en: { status: 'ours', translatedFrom: 'km' }, km: { status: 'held' } };
      data.source.lang = 'km';
    },
    file: file('directives', directive),
    field: 'texts.en.status',
    message: /an English text of ours is not shown yet/,
  },
  {
    name: 'a provision numbered with a leading zero',
    break: (a) => void (entry(a, 'directives', directive).data.relations = [{ type: 'implements', document: 'prime-minister-notes-2025-02-13', provision: 'rec-03' }]),
    file: file('directives', directive),
    field: 'relations[0].provision',
    message: /without leading zeros/,
  },
  {
    name: 'a provision of a unit the kind does not have',
    break: (a) => void (entry(a, 'directives', directive).data.relations = [{ type: 'implements', document: 'prime-minister-notes-2025-02-13', provision: 'chp_1__art_5' }]),
    file: file('directives', directive),
    field: 'relations[0].provision',
    message: /names a chapter, a unit this document's kind does not have \(recommendation, paragraph\)/,
  },
  {
    name: 'an amendment of a later document',
    break: (a) => {
      entry(a, 'references', 'mptc-letter-298-bt-2025').data.date = '2025-03-01';
      entry(a, 'directives', directive).data.relations = [{ type: 'amends', document: 'mptc-letter-298-bt-2025' }];
    },
    file: file('directives', directive),
    field: 'relations[0].document',
    message: /is dated 2025-03-01, after this document \(2025-02-18\): a document cannot amend a later one/,
  },
  {
    name: 'a relation that takes effect before its document',
    break: (a) => void (entry(a, 'directives', directive).data.relations = [{ type: 'implements', document: 'prime-minister-notes-2025-02-13', date: '2025-01-01' }]),
    file: file('directives', directive),
    field: 'relations[0].date',
    message: /before this document's own date/,
  },
  {
    name: 'a stub with the id of a directive',
    break: (a) => addCopy(a, 'references', entry(a, 'references', 'mptc-letter-298-bt-2025'), directive, file('references', directive)),
    file: file('references', directive),
    field: 'relations',
    message: /a directive with the id "ocm-265-scn-pb-2025" exists: this stub is never shown/,
  },
];

describe('content validation', () => {
  it('finds no problem in the real content', () => {
    expect(formatProblems(buildProblems(loadAtlas()))).toBe('');
  });

  it('accepts a Khmer quote that is a span of whole syllables of the Khmer provision, with its Khmer modality word', () => {
    const atlas = loadAtlas();
    addKhmerOnly(atlas, khmerPoint.replace(/។$/, ''));
    expect(schemaProblems(atlas), 'the cross-file rules run only on schema-valid content').toEqual([]);
    const ours = buildProblems(atlas).filter((found) => found.file === file('obligations', `${khmerOnly}/r01-o1`) && (found.field === 'quote' || found.field === 'modality'));
    expect(ours).toEqual([]);
  });

  it.each(cases.map((broken) => [broken.name, broken] as const))('rejects %s, naming the file and the field', (_name, broken) => {
    const atlas = loadAtlas();
    expect(buildProblems(atlas), 'the unbroken atlas is valid').toEqual([]);
    broken.break(atlas);
    const problems = buildProblems(atlas);
    const match = problems.find((found) => found.file === broken.file && (broken.field === undefined || found.field === broken.field) && broken.message.test(found.message));
    expect(match, `problems were:\n${formatProblems(problems)}`).toBeDefined();
  });
});
