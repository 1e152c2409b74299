/**
 * The living notation chart of the genogram: one story per symbol and line kind, each a tiny document from
 * @kring/examples (packages/examples/src/notation/genogram.ts) drawn by the real renderer. docs/notation.md shows
 * the same documents; scripts/notation-docs/notation-stories.test.ts checks that every sample has its story.
 */
import type { Meta, StoryObj } from '@storybook/svelte';
import NotationEntry from './NotationEntry.svelte';

const meta = {
  title: 'Notation/Genogram',
  component: NotationEntry,
  argTypes: { locale: { control: 'inline-radio', options: ['nl', 'en'] }, slug: { control: false } },
  args: { locale: 'nl' },
} satisfies Meta<typeof NotationEntry>;
export default meta;
type Story = StoryObj<typeof meta>;
const sample = (slug: string): Story => ({ args: { slug } });

// Person symbols
export const GenderMan = sample('genogram-gender-man');
export const GenderWoman = sample('genogram-gender-woman');
export const GenderNonBinary = sample('genogram-gender-non-binary');
export const GenderOther = sample('genogram-gender-other');
export const GenderUnknown = sample('genogram-gender-unknown');
export const Pet = sample('genogram-pet');

// Marks on a person
export const Index = sample('genogram-index');
export const DeceasedX = sample('genogram-deceased-x');
export const DeceasedSlash = sample('genogram-deceased-slash');

// Pregnancies
export const BirthPregnancy = sample('genogram-birth-pregnancy');
export const BirthMiscarriage = sample('genogram-birth-miscarriage');
export const BirthAbortion = sample('genogram-birth-abortion');
export const BirthStillbirth = sample('genogram-birth-stillbirth');
export const BirthEctopic = sample('genogram-birth-ectopic');
export const BirthNsgc = sample('genogram-birth-nsgc');

// Children and descent
export const DescentBiological = sample('genogram-descent-biological');
export const DescentAdoptive = sample('genogram-descent-adoptive');
export const DescentFoster = sample('genogram-descent-foster');
export const DescentStep = sample('genogram-descent-step');
export const DescentGuardian = sample('genogram-descent-guardian');
export const DescentDonor = sample('genogram-descent-donor');
export const TwinsMonozygotic = sample('genogram-twins-monozygotic');
export const TwinsDizygotic = sample('genogram-twins-dizygotic');
export const TwinsUnknown = sample('genogram-twins-unknown');

// Couple relationships
export const UnionMarriage = sample('genogram-union-marriage');
export const UnionRegisteredPartnership = sample('genogram-union-registered-partnership');
export const UnionCohabitation = sample('genogram-union-cohabitation');
export const UnionLat = sample('genogram-union-lat');
export const UnionDating = sample('genogram-union-dating');
export const UnionEngagement = sample('genogram-union-engagement');
export const UnionAffair = sample('genogram-union-affair');
export const UnionBrief = sample('genogram-union-brief');
export const UnionConsanguineous = sample('genogram-union-consanguineous');

// Couple events
export const EventSeparated = sample('genogram-event-separated');
export const EventDivorced = sample('genogram-event-divorced');
export const EventReconciled = sample('genogram-event-reconciled');
export const EventEnded = sample('genogram-event-ended');
export const EventAnnulled = sample('genogram-event-annulled');
export const EventWidowed = sample('genogram-event-widowed');

// Household
export const Household = sample('genogram-household');

// Emotional relationships
export const EmotionalClose = sample('genogram-emotional-close');
export const EmotionalFused = sample('genogram-emotional-fused');
export const EmotionalDistant = sample('genogram-emotional-distant');
export const EmotionalConflict = sample('genogram-emotional-conflict');
export const EmotionalHostile = sample('genogram-emotional-hostile');
export const EmotionalCloseHostile = sample('genogram-emotional-close-hostile');
export const EmotionalFusedHostile = sample('genogram-emotional-fused-hostile');
export const EmotionalDistantHostile = sample('genogram-emotional-distant-hostile');
export const EmotionalCutoff = sample('genogram-emotional-cutoff');
export const EmotionalCutoffRepaired = sample('genogram-emotional-cutoff-repaired');
export const EmotionalFocusedOn = sample('genogram-emotional-focused-on');
export const EmotionalPhysicalAbuse = sample('genogram-emotional-physical-abuse');
export const EmotionalEmotionalAbuse = sample('genogram-emotional-emotional-abuse');
export const EmotionalSexualAbuse = sample('genogram-emotional-sexual-abuse');
export const EmotionalNeglect = sample('genogram-emotional-neglect');
export const EmotionalCaretaker = sample('genogram-emotional-caretaker');
export const EmotionalSpiritual = sample('genogram-emotional-spiritual');
export const EmotionalIndifferent = sample('genogram-emotional-indifferent');
export const EmotionalNormal = sample('genogram-emotional-normal');
export const EmotionalFocusedOnBToA = sample('genogram-emotional-focused-on-b-to-a');
export const EmotionalFocusedOnBoth = sample('genogram-emotional-focused-on-both');

// Conditions
export const Condition = sample('genogram-condition');
export const ConditionsTwo = sample('genogram-conditions-two');
