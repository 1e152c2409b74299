/**
 * The format has one source of truth: the model's types (model/types.ts) say what a document is, and the
 * reader's schemas (schema-v1.ts) must say the same, checked here by the compiler in both directions:
 * what a schema outputs is assignable to its model type (so `readDocument` needs no cast), and every field
 * of a model type has a schema entry (so a field added to the model and forgotten in the reader is a type
 * error here, not an unchecked value). Nothing here runs: it is types only.
 */
import type * as v from 'valibot';
import type {
  Condition,
  Emotional,
  Household,
  Invitee,
  KringDocument,
  Layouts,
  Lesson,
  MultipleBirth,
  NetworkState,
  Options,
  Organisation,
  ParentChild,
  Partnership,
  PartnershipEvent,
  Person,
  Plan,
  PlanAction,
  Point,
  Snapshot,
  SupportItem,
  Tie,
  ViewLayout,
} from '../model/types.js';
import type {
  conditionSchema,
  documentSchema,
  emotionalSchema,
  householdSchema,
  inviteeSchema,
  layoutsSchema,
  lessonSchema,
  multipleBirthSchema,
  networkStateSchema,
  optionsSchema,
  organisationSchema,
  parentChildSchema,
  partnershipEventSchema,
  partnershipSchema,
  personSchema,
  planActionSchema,
  planSchema,
  pointSchema,
  snapshotSchema,
  supportItemSchema,
  tieSchema,
  viewLayoutSchema,
} from './schema-v1.js';

/** The declared fields of `T`, without an index signature's `string` (for types that keep unknown keys). */
type KnownKeys<T> = keyof { [K in keyof T as string extends K ? never : number extends K ? never : K]: T[K] };

/** `true` when schema `S` outputs a `T` and has an entry for every field of `T`; else the missing fields. */
type Matches<
  S extends v.ObjectSchema<v.ObjectEntries, undefined> | v.LooseObjectSchema<v.ObjectEntries, undefined>,
  T,
> =
  v.InferOutput<S> extends T
    ? Exclude<KnownKeys<T>, keyof S['entries']> extends never
      ? true
      : { missingInSchema: Exclude<KnownKeys<T>, keyof S['entries']> }
    : { outputNotAssignableTo: T };

/** Each line fails to compile when its schema and model type disagree. */
export type SchemaMatchesModel = [
  Expect<Matches<typeof conditionSchema, Condition>>,
  Expect<Matches<typeof personSchema, Person>>,
  Expect<Matches<typeof organisationSchema, Organisation>>,
  Expect<Matches<typeof partnershipEventSchema, PartnershipEvent>>,
  Expect<Matches<typeof partnershipSchema, Partnership>>,
  Expect<Matches<typeof parentChildSchema, ParentChild>>,
  Expect<Matches<typeof multipleBirthSchema, MultipleBirth>>,
  Expect<Matches<typeof householdSchema, Household>>,
  Expect<Matches<typeof emotionalSchema, Emotional>>,
  Expect<Matches<typeof supportItemSchema, SupportItem>>,
  Expect<Matches<typeof tieSchema, Tie>>,
  Expect<Matches<typeof planActionSchema, PlanAction>>,
  Expect<Matches<typeof inviteeSchema, Invitee>>,
  Expect<Matches<typeof planSchema, Plan>>,
  Expect<Matches<typeof optionsSchema, Options>>,
  Expect<Matches<typeof pointSchema, Point>>,
  Expect<Matches<typeof viewLayoutSchema, ViewLayout>>,
  Expect<Matches<typeof layoutsSchema, Layouts>>,
  Expect<Matches<typeof networkStateSchema, NetworkState>>,
  Expect<Matches<typeof snapshotSchema, Snapshot>>,
  Expect<Matches<typeof lessonSchema, Lesson>>,
  Expect<Matches<typeof documentSchema, KringDocument>>,
];
type Expect<T extends true> = T;
