/**
 * The living notation chart of the ecogram: one story per symbol and line kind, each a tiny document from
 * @kring/examples (packages/examples/src/notation/ecogram.ts) drawn by the real renderer. docs/notation.md shows
 * the same documents; scripts/notation-docs/notation-stories.test.ts checks that every sample has its story.
 */
import type { Meta, StoryObj } from '@storybook/svelte';
import NotationEntry from './NotationEntry.svelte';

const meta = {
  title: 'Notation/Ecogram',
  component: NotationEntry,
  argTypes: { locale: { control: 'inline-radio', options: ['nl', 'en'] }, slug: { control: false } },
  args: { locale: 'nl' },
} satisfies Meta<typeof NotationEntry>;
export default meta;
type Story = StoryObj<typeof meta>;
const sample = (slug: string): Story => ({ args: { slug } });

// Centre
export const CentreFocus = sample('ecogram-centre-focus');
export const CentreHousehold = sample('ecogram-centre-household');

// Connection lines
export const Strength3 = sample('ecogram-strength-3');
export const Strength2 = sample('ecogram-strength-2');
export const Strength1 = sample('ecogram-strength-1');
export const StressSome = sample('ecogram-stress-some');
export const StressHigh = sample('ecogram-stress-high');
export const StrongStressful = sample('ecogram-strong-stressful');
export const AlterTie = sample('ecogram-alter-tie');

// Flow of energy and support
export const FlowToFocus = sample('ecogram-flow-to-focus');
export const FlowFromFocus = sample('ecogram-flow-from-focus');
export const FlowBoth = sample('ecogram-flow-both');

// Kinds of support
export const SupportReceived = sample('ecogram-support-received');
export const SupportGiven = sample('ecogram-support-given');
export const SupportPotential = sample('ecogram-support-potential');
export const SupportAll = sample('ecogram-support-all');
