import { describe, expect, it } from 'vitest';
import en from '../../src/i18n/en.ts';
import km from '../../src/i18n/km.ts';
import type { ContentProblem } from '../../src/validation/atlas-rules.ts';
import type { TruthEntry as ValidEntry } from '../../src/validation/truth-rules.ts';
import { checkActors, checkGlossaryForms, checkKhmerNameSources, checkModality, checkNumbersAsWritten, checkQuoteOverlaps, secondForms } from '../../src/validation/truth-rules.ts';
import type { BodyData } from '../../src/schemas/body.ts';
import type { DirectiveData } from '../../src/schemas/directive.ts';
import type { ObligationData } from '../../src/schemas/obligation.ts';
import type { RecommendationData } from '../../src/schemas/recommendation.ts';
import type { ReferenceData } from '../../src/schemas/reference-document.ts';
import { loadAtlas } from '../helpers/atlas.ts';
import { buildProblems } from '../helpers/validate.ts';

// The real content as the build loaded it; each test takes a copy and breaks one thing, as the issue found it.
const atlas = loadAtlas();
const realProblems = buildProblems(atlas);
const entries = new Map(
  Object.entries(atlas).map(([name, list]) => [
    name,
    (list as { id: string; filePath?: string; data: unknown; body?: string }[]).map((entry) => ({
      id: entry.id,
      file: entry.filePath ?? entry.id,
      data: entry.data,
      ...(entry.body === undefined ? {} : { body: entry.body }),
    })),
  ]),
);
const clone = <T>(name: string) => structuredClone(entries.get(name as never) ?? []) as ValidEntry<T>[];
const directives = clone<DirectiveData>('directives');
const recommendations = clone<RecommendationData>('recommendations');
const bodies = clone<BodyData>('bodies');
const obligations = () => clone<ObligationData>('obligations');
const one = (list: ValidEntry<ObligationData>[], id: string) => {
  const found = list.find((entry) => entry.id.endsWith(id));
  if (!found) throw new Error(`no obligation ${id}`);
  return found;
};
const messages = (problems: ContentProblem[]) => problems.map((problem) => `${problem.file.split('/').pop()} ${problem.field ?? ''}: ${problem.message}`);

describe('truth rules on the real content', () => {
  it('the real content passes every rule', () => {
    expect(realProblems).toEqual([]);
  });

  it("the introduction's instruction is an obligation of its own (issue point 1)", () => {
    const intro = obligations().filter((obligation) => obligation.data.recommendation === 0);
    expect(intro).toHaveLength(1);
    expect(intro[0]?.data.quote).toContain('has decided to instruct');
    expect(intro[0]?.data.actors.map((actor) => actor.body.id)).toEqual(directives[0]?.data.addressedTo.map((body) => body.id));
  });

  it('no obligation of the letter is a duty where the letter only supports, encourages or permits (points 2, 6, 7)', () => {
    const list = obligations();
    expect(one(list, 'r06-o5').data.kind).toBe('support');
    expect(one(list, 'r04-o6').data.kind).toBe('encouragement');
    expect(one(list, 'r10-o5').data.kind).toBe('option');
    for (const id of ['r06-o5']) expect(one(list, id).data.actors.map((actor) => actor.role)).toEqual(['supporting']);
  });

  it('recommendations 9 and 11 get the same implied actors, marked implied, with no words "as written" (point 4)', () => {
    const list = obligations();
    for (const id of ['r09-o1', 'r11-o1', 'r11-o2']) {
      const implied = one(list, id).data.actors.filter((actor) => actor.implicit);
      expect(
        implied.map((actor) => [actor.body.id, actor.role, actor.asWritten]),
        id,
      ).toEqual([
        ['mptc', 'joint', undefined],
        ['ministries-and-institutions', 'joint', undefined],
      ]);
    }
  });
});

describe('quotes do not overlap unless the data says why (point 3)', () => {
  const overlapping = () => {
    const list = obligations();
    const copy = structuredClone(one(list, 'r04-o2'));
    copy.id = copy.id.replace('r04-o2', 'r04-o3');
    copy.file = copy.file.replace('r04-o2', 'r04-o3');
    copy.data.quote = 'the expedited completion of submarine fiber-optical cable project';
    return [...list, copy];
  };

  it('finds the submarine cable counted twice', () => {
    const problems: ContentProblem[] = [];
    checkQuoteOverlaps(overlapping(), recommendations, directives, problems);
    expect(messages(problems)).toEqual([expect.stringMatching(/^r04-o3\.yaml quote: overlaps the quote of r04-o2 \("the expedited completion of submarine fiber-optical cable project"\)/)]);
  });

  it('accepts an overlap the data explains', () => {
    const list = overlapping();
    list.at(-1)?.data.overlaps.push({ obligation: 'r04-o2', reason: 'a test: the same words state two separate actions' });
    const problems: ContentProblem[] = [];
    checkQuoteOverlaps(list, recommendations, directives, problems);
    expect(problems).toEqual([]);
  });
});

describe("the modality is the letter's and summaries keep it (point 6)", () => {
  const run = (edit: (list: ValidEntry<ObligationData>[]) => void) => {
    const list = obligations();
    edit(list);
    const problems: ContentProblem[] = [];
    checkModality(list, recommendations, directives, problems);
    return messages(problems);
  };

  it('a summary that turns "pay close attention to" into a direct duty is refused (old r08-o2)', () => {
    expect(
      run((list) => {
        one(list, 'r08-o2').data.action.en = 'Prepare the digital government architecture';
      }),
    ).toEqual([expect.stringContaining('action.en: must keep the letter\'s modality "shall"'), expect.stringContaining('action.en: drops "pay close attention"')]);
  });

  it('a summary that hardens "may consider" is refused in both languages (old r10-o5)', () => {
    const found = run((list) => {
      const action = one(list, 'r10-o5').data.action;
      action.en = 'Ministries and institutions without internal regulations may adapt MPTC’s';
      action.km = 'ក្រសួង-ស្ថាប័ន ត្រូវយកបទបញ្ជារបស់ក្រសួងប្រៃសណីយ៍ និងទូរគមនាគមន៍មកកែសម្រួលប្រើប្រាស់';
    });
    expect(found).toEqual(
      expect.arrayContaining([
        expect.stringContaining('action.en: must keep the letter\'s modality "may-consider"'),
        expect.stringContaining('action.km: must keep the letter\'s modality "may-consider"'),
        expect.stringContaining('action.km: adds the modality "shall"'),
      ]),
    );
  });

  it('a modality whose word the sentence does not contain is refused', () => {
    expect(
      run((list) => {
        one(list, 'r03-o2').data.modality = 'must';
      }),
    ).toEqual(expect.arrayContaining([expect.stringContaining('r03-o2.yaml modality: "must": its word is neither in the quote nor earlier')]));
  });

  it('a continuation ("develop institutional capacity") takes the modality of the verb earlier in its sentence', () => {
    expect(run(() => undefined)).toEqual([]);
  });
});

describe('actors (points 4 and 5)', () => {
  const run = (edit: (list: ValidEntry<ObligationData>[]) => void) => {
    const list = obligations();
    edit(list);
    const problems: ContentProblem[] = [];
    checkActors(list, directives, bodies, problems);
    return messages(problems);
  };

  it('refuses words "as written" that the sentence does not contain (old r09-o1)', () => {
    expect(
      run((list) => {
        const actor = one(list, 'r09-o1').data.actors[1];
        if (actor) actor.asWritten = 'all relevant ministries and institutions';
      }),
    ).toEqual(expect.arrayContaining([expect.stringContaining('actors[1].asWritten: "all relevant ministries and institutions" is not written in the quote')]));
  });

  it('refuses a recommendation with only some of the implied actors (old r11)', () => {
    expect(
      run((list) => {
        one(list, 'r11-o1').data.actors.shift();
      }),
    ).toEqual([expect.stringContaining('"mptc" is missing')]);
  });

  it('refuses "lead" for a body told to "participate with" others (old r10-o6)', () => {
    expect(
      run((list) => {
        const actor = one(list, 'r10-o6').data.actors[0];
        if (actor) actor.role = 'lead';
      }),
    ).toEqual([expect.stringContaining('participate with')]);
  });

  it('refuses an implied actor that the quote names', () => {
    expect(
      run((list) => {
        const actor = one(list, 'r01-o1').data.actors[0];
        if (actor) actor.implicit = true;
      }),
    ).toEqual(expect.arrayContaining([expect.stringContaining('"MPTC" is named in the quote, so it is not implied')]));
  });
});

describe('Khmer names: established only with a source, Latin script kept as written (point 8)', () => {
  const run = (edit: (list: ValidEntry<unknown>[]) => void) => {
    const list = structuredClone([...(entries.get('bodies') ?? []), ...(entries.get('instruments') ?? []), ...(entries.get('themes') ?? [])]);
    edit(list);
    const problems: ContentProblem[] = [];
    checkKhmerNameSources(list, problems);
    checkGlossaryForms(list, problems);
    return messages(problems);
  };
  const named = (list: ValidEntry<unknown>[], file: string) => list.find((entry) => entry.file.endsWith(file))?.data as { name: { km: string; kmStatus: string }; kmSource?: string };

  it('refuses DG SuperApp marked established with no source, as it was', () => {
    expect(
      run((list) => {
        named(list, 'dg-superapp.yaml').name.kmStatus = 'established';
      }),
    ).toEqual(['dg-superapp.yaml kmSource: the Khmer name is marked established but no public source is given']);
  });

  it("refuses an encyclopaedia mirror as the source of the National Bank's name, as it was", () => {
    expect(
      run((list) => {
        named(list, 'national-bank-of-cambodia.yaml').kmSource = 'https://askwikinow.com/view_html.php?lang=en&q=National_Bank_of_Cambodia';
      }),
    ).toEqual(expect.arrayContaining([expect.stringContaining('encyclopaedia mirror')]));
  });

  it('refuses "established" on a text that cannot carry a source (a theme)', () => {
    expect(
      run((list) => {
        named(list, 'themes/cybersecurity.yaml').name.kmStatus = 'established';
      }),
    ).toEqual([expect.stringContaining('only the name of a body, instrument or kind')]);
  });

  it('refuses a Latin-script name that is not the English one', () => {
    expect(
      run((list) => {
        named(list, 'camcert.yaml').name.km = 'CERT-KH';
      }),
    ).toEqual([expect.stringContaining('not the English form')]);
  });

  it("refuses an established name that is not the glossary's", () => {
    expect(
      run((list) => {
        named(list, 'bodies/mptc.yaml').name.km = 'ក្រសួងប្រៃសណីយ៍';
      }),
    ).toEqual([expect.stringContaining('the established Khmer name of "Ministry of Post and Telecommunications"')]);
  });
});

describe('one form per glossary term (point 11)', () => {
  it('finds the second forms the issue found', () => {
    expect(secondForms('ក្រុមឆ្លើយតបបន្ទាន់ផ្នែកកុំព្យូទ័រកម្ពុជា (CamCERT)')).toHaveLength(1);
    expect(secondForms('កំណត់ដ៏ខ្ពង់ខ្ពស់បំផុតរបស់')).toHaveLength(1);
    expect(secondForms('ខុទ្ទកាល័យសម្តេចមហាបវរធិបតីនាយករដ្ឋមន្ត្រី')).toHaveLength(1);
    expect(secondForms('«ក្របខណ្ឌ»')).toHaveLength(2);
    expect(secondForms('កម្រិតគ្រឹះស្ថានសិក្សា')).toHaveLength(1);
    expect(secondForms('ខុទ្ទកាល័យសម្តេចមហាបវរធិបតី នាយករដ្ឋមន្ត្រី “ក្របខណ្ឌ” គ្រឹះស្ថានអប់រំ គ្រឹះស្ថានឧត្តមសិក្សា')).toEqual([]);
  });

  it('the Khmer interface strings use one form of every glossary term', () => {
    for (const [key, value] of Object.entries(km)) expect(secondForms(value), key).toEqual([]);
  });
});

describe('document numbers as the source writes them (point 10)', () => {
  const references = clone<ReferenceData>('references');
  const run = (edit: (list: ValidEntry<unknown>[]) => void) => {
    const list = structuredClone([...directives, ...references, ...(entries.get('bodies') ?? [])]) as ValidEntry<unknown>[];
    edit(list);
    const problems: ContentProblem[] = [];
    checkNumbersAsWritten(list.filter((entry) => entry.file.includes('/directives/')) as ValidEntry<DirectiveData>[], references, list, problems);
    return messages(problems);
  };

  it('refuses the hybrid "០២៩ KN/០២៥ SCN" the Khmer pages showed', () => {
    expect(
      run((list) => {
        const note = (list.find((entry) => entry.file.endsWith('/pm-cabinet.yaml'))?.data as { note: { km: string } }).note;
        note.km = note.km.replace('029 KN/025 SCN', '០២៩ KN/០២៥ SCN');
      }),
    ).toEqual(expect.arrayContaining([expect.stringContaining('writes document number "029 KN/025 SCN" with Khmer digits')]));
  });

  it('the interface says once how numbers are written, and shows none in Khmer digits', () => {
    expect(km['about.numbersText']).toContain('265 SCN.PB');
    for (const [key, value] of Object.entries(km)) expect(value, key).not.toMatch(/[០-៩]+\s*(?:SCN|BT|KN)/);
  });
});

describe('provenance: only what is known (point 9)', () => {
  it('no interface string claims a publisher or that the letter was issued in Khmer', () => {
    for (const [key, value] of Object.entries(en)) expect(value, key).not.toMatch(/as published|published in our source|issued in Khmer/i);
    const source = directives[0]?.data.source.description.en ?? '';
    expect(source).not.toMatch(/as published|translation/i);
    expect(source).toContain('No Khmer original was available');
  });
});
