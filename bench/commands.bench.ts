/**
 * Edit commands and history: apply 10,000 commands through a History, then undo them all (budget 200 ms).
 * The commands are a seeded random mix of every command type, weighted like an editing session (mostly
 * drags and field edits, some adds, few removals; see MIX and
 * packages/core/src/commands/test-support/random-command.ts), prepared in setup against the evolving
 * document so that all 10,000 apply. The document starts as a 14-person family and grows to a few hundred
 * entities.
 */
import { applyCommand } from '../packages/core/src/commands/apply-command.js';
import type { Command } from '../packages/core/src/commands/command.js';
import { randomCommand, type Choices } from '../packages/core/src/commands/test-support/random-command.js';
import { validFamily } from '../packages/core/src/commands/test-support/valid-family.js';
import { History } from '../packages/core/src/history/history.js';
import type { KringDocument } from '../packages/core/src/model/types.js';

/** mulberry32: a small seeded generator, so the command mix is the same on every run. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Weights of the `k` choices of randomCommand (its switch cases) in an editing session. */
const MIX: [k: number, weight: number][] = [
  [26, 40], // node.move
  [2, 8], // person.update
  [20, 8], // tie update, support items, tie removal
  [14, 2], // parent link update/removal
  [0, 2], // person.add
  [18, 3], // tie.add
  [11, 3], // linkParent
  [6, 1], // partnership.add
  [8, 2], // partnership event add
  [9, 2], // partnership event edits
  [3, 1], // person.remove
  [4, 1], // organisation.add
  [5, 1], // organisation update/remove
  [10, 1], // partnership.remove
  [15, 1], // multiple births
  [16, 2], // households
  [17, 2], // emotional lines
  [21, 1], // plan goal/meeting
  [22, 1], // action team
  [23, 2], // actions
  [24, 1], // options
  [25, 1], // focus
  [29, 2], // unpin
  [30, 1], // title
  [31, 1], // reference date
  [32, 1], // support item edits
];
const TOTAL = MIX.reduce((sum, [, w]) => sum + w, 0);

interface State {
  start: KringDocument;
  commands: Command[];
}

/** Draws commands until `count` of them have applied, each against the document the previous ones left. */
export function prepareCommands(count: number, seed: number): State {
  const start = validFamily();
  const random = mulberry32(seed);
  const int = (max: number) => Math.floor(random() * max);
  const commands: Command[] = [];
  let doc = start;
  let serial = 0;
  while (commands.length < count) {
    let r = int(TOTAL);
    const [k] = MIX.find(([, w]) => (r -= w) < 0)!;
    const choices: Choices = [k, int(1000), int(1000), serial++];
    const command = randomCommand(doc, choices);
    const result = applyCommand(doc, command);
    if (!result.ok) continue;
    doc = result.document;
    commands.push(command);
  }
  return { start, commands };
}

export const cases = [
  {
    name: 'apply 10,000 then undo all',
    budgetMs: 200,
    warmup: 1,
    samples: 5,
    setup: (): State => prepareCommands(10_000, 7),
    run: ({ start, commands }: State): void => {
      const history = new History(start);
      for (const command of commands) if (!history.execute(command).ok) throw new Error('refused in bench');
      while (history.undo());
      if (history.document !== start && JSON.stringify(history.document) !== JSON.stringify(start))
        throw new Error('undo did not return to the start');
    },
  },
];
