import { z } from 'astro/zod';
import { localizedText, partialIsoDate, type ReferenceFactory } from './common.ts';
import { reviewField } from './review.ts';

/**
 * The roles a body can have in an obligation. Documented for readers on the about page; the order
 * is the order in which roles are listed.
 */
export const roles = ['lead', 'joint', 'participating', 'cooperating', 'supporting', 'reviewing', 'deciding', 'encouraged'] as const;
export const role = z.enum(roles);
export type Role = z.infer<typeof role>;

/**
 * How the letter's words bind the actors, as the sentence writes it: `shall`, `must`, `should`,
 * `instructed` ("has decided to instruct"), `imperative` (a recommendation that opens with a bare verb,
 * "Support ..."), `encouraged` ("encourages", "is encouraged"), `may-consider` ("may consider") and
 * `supported` (the Royal Government "supports" what others do). The word must be in the quote (or
 * earlier in its sentence, for a list governed by one verb) and the summary keeps it in both languages.
 */
export const modalities = ['shall', 'must', 'should', 'instructed', 'imperative', 'encouraged', 'may-consider', 'supported'] as const;
export type Modality = (typeof modalities)[number];

/**
 * What kind of statement the entry records. `duty`: a body is told to act; `encouragement`: a body is
 * encouraged to act or to take a view, without a duty; `option`: a body may consider doing something;
 * `support`: the Royal Government states its support for what others do. Only `duty` binds.
 */
export const obligationKinds = ['duty', 'encouragement', 'option', 'support'] as const;
export type ObligationKind = (typeof obligationKinds)[number];

/** The kind of statement each modality makes. */
export const kindOfModality: Record<Modality, ObligationKind> = {
  shall: 'duty',
  must: 'duty',
  should: 'duty',
  instructed: 'duty',
  imperative: 'duty',
  encouraged: 'encouragement',
  'may-consider': 'option',
  supported: 'support',
};

/** The roles of which a statement of each kind needs at least one: somebody must act, be encouraged or support. */
export const rolesNeededBy: Record<ObligationKind, readonly Role[]> = {
  duty: ['lead', 'joint', 'participating'],
  encouragement: ['encouraged'],
  option: ['encouraged'],
  support: ['supporting'],
};

/** Assessment of progress. Only ever set from a cited public source; never inferred. */
export const statuses = ['not-assessed'] as const;

/** A body's part in an obligation. */
export const actorSchema = (reference: ReferenceFactory) =>
  z
    .object({
      /** The body. */
      body: reference('bodies'),
      /** Its role, from the documented vocabulary. */
      role,
      /** How the text names the body here, when it differs from its name (e.g. "other relevant ministries and institutions"). */
      asWritten: z.string().min(1).optional(),
      /**
       * True when the sentence names no actor (a recommendation opening with a bare verb): the implied actors
       * are then the bodies the letter's introduction instructs, each marked so, with no `asWritten`.
       */
      implicit: z.boolean().default(false),
    })
    .strict();

/** One distinct action in a recommendation. One YAML file each, named r<NN>-o<N>.yaml. */
export const obligationSchema = (reference: ReferenceFactory) =>
  z
    .object({
      /** `draft` while an editor has not reviewed the importer's proposal (src/schemas/review.ts). */
      review: reviewField,
      /** The directive this obligation belongs to. */
      directive: reference('directives'),
      /** The number of the recommendation it comes from (1 = the first); 0 for the letter's introduction (file r00-o<N>.yaml). */
      recommendation: z.number().int().min(0),
      /** The verbatim span of its provision's text that states the action (emphasis marks removed), in `quoteLang`. */
      quote: z.string().min(8),
      /** A short summary of the action, in English and Khmer, keeping the letter's modality word. */
      action: localizedText,
      /** What kind of statement this is: a duty, an encouragement, an option or a statement of support. */
      kind: z.enum(obligationKinds),
      /** How the sentence binds the actors; its word is in the quote (or earlier in its sentence). */
      modality: z.enum(modalities),
      /** The bodies that act, each with its role. */
      actors: z.array(actorSchema(reference)),
      /** Bodies the action is about or for, that carry no obligation of their own here. */
      concerns: z.array(reference('bodies')).default([]),
      /** Bodies the sentence cites as the ground for what it says (e.g. the WHO's studies); they carry nothing. */
      cites: z.array(reference('bodies')).default([]),
      /** Other obligations whose quote overlaps this one's, each with the reason the overlap is not one action counted twice. */
      overlaps: z.array(z.object({ obligation: z.string().min(1), reason: z.string().min(8) }).strict()).default([]),
      /** The deadline or timing exactly as written, and an ISO date only where the text gives one. */
      deadline: z
        .object({
          /** The words of the text, e.g. "as soon as possible". */
          text: z.string().trim().min(1, 'must not be empty'),
          /** The same words in Khmer (our unofficial translation, like every obligation's Khmer text). */
          km: z.string().trim().min(1, 'must not be empty'),
          /** YYYY, YYYY-MM or YYYY-MM-DD, only when the text states a date. */
          iso: partialIsoDate.optional(),
        })
        .strict()
        .optional(),
      /** Themes from the controlled list. */
      themes: z.array(reference('themes')),
      /** Named instruments the action concerns. */
      instruments: z.array(reference('instruments')).default([]),
      /** Progress assessment; "not-assessed" unless a cited source says otherwise. */
      status: z.enum(statuses).default('not-assessed'),
    })
    .strict()
    .superRefine((data, context) => {
      // A draft may wait for its actors and themes (the text names none the registry knows); a reviewed entry may not.
      if (data.actors.length === 0 && data.review !== 'draft') context.addIssue({ code: 'custom', path: ['actors'], message: 'must name at least one actor' });
      if (data.themes.length === 0 && data.review !== 'draft') context.addIssue({ code: 'custom', path: ['themes'], message: 'must have at least one theme' });
      if (data.actors.length === 0) return;
      const expected = kindOfModality[data.modality];
      if (data.kind !== expected) {
        context.addIssue({ code: 'custom', path: ['kind'], message: `is "${data.kind}" but modality "${data.modality}" makes it "${expected}"` });
      }
      const needed = rolesNeededBy[data.kind];
      if (!data.actors.some((actor) => needed.includes(actor.role))) {
        context.addIssue({ code: 'custom', path: ['actors'], message: `a "${data.kind}" needs an actor with role ${needed.map((r) => `"${r}"`).join(' or ')}` });
      }
      if (data.kind !== 'duty') {
        // Nobody is told to act in an encouragement, an option or a statement of support, except the
        // implied addressees of a bare verb ("Encourage ..."), who are told to do the encouraging.
        data.actors.forEach((actor, index) => {
          if (rolesNeededBy.duty.includes(actor.role) && !actor.implicit) {
            context.addIssue({
              code: 'custom',
              path: ['actors', index, 'role'],
              message: `is "${actor.role}" but a "${data.kind}" tells nobody to act: use a role that says what the sentence says, or list the body under "concerns"`,
            });
          }
        });
      }
    });

export type ObligationData = z.infer<ReturnType<typeof obligationSchema>>;
