/**
 * The living notation chart of the sociogram: one story per symbol and line kind, each a tiny document from
 * @kring/examples (packages/examples/src/notation/sociogram.ts) drawn by the real renderer. docs/notation.md shows
 * the same documents; scripts/notation-docs/notation-stories.test.ts checks that every sample has its story.
 */
import type { Meta, StoryObj } from '@storybook/svelte';
import NotationEntry from './NotationEntry.svelte';

const meta = {
  title: 'Notation/Sociogram',
  component: NotationEntry,
  argTypes: { locale: { control: 'inline-radio', options: ['nl', 'en'] }, slug: { control: false } },
  args: { locale: 'nl' },
} satisfies Meta<typeof NotationEntry>;
export default meta;
type Story = StoryObj<typeof meta>;
const sample = (slug: string): Story => ({ args: { slug } });

// Rings and sectors
export const Rings3 = sample('sociogram-rings-3');
export const Rings4 = sample('sociogram-rings-4');
export const SectorsDefault = sample('sociogram-sectors-default');
export const SectorsLensink = sample('sociogram-sectors-lensink');
export const SectorsTracyWhittaker = sample('sociogram-sectors-tracy-whittaker');
export const Organisation = sample('sociogram-organisation');
export const AlterTie = sample('sociogram-alter-tie');

// Support badges
export const Badges = sample('sociogram-badges');
export const BadgePotential = sample('sociogram-badge-potential');
export const BadgeReciprocal = sample('sociogram-badge-reciprocal');

// Action team
export const ActionTeam = sample('sociogram-action-team');
