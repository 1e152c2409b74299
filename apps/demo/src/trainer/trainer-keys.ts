/**
 * The keys trainer mode listens to; presenter remotes send PageUp/PageDown (some send arrows or space). N
 * shows or hides the speaker notes, O the whole map (documented in the trainer's key line).
 */
export type TrainerMove = 'next' | 'previous' | 'first' | 'last' | 'exit' | 'notes' | 'overview';

export function trainerMove(key: string, shift = false): TrainerMove | undefined {
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
    case 'PageDown':
      return 'next';
    case ' ':
    case 'Spacebar':
      return shift ? 'previous' : 'next';
    case 'ArrowLeft':
    case 'ArrowUp':
    case 'PageUp':
    case 'Backspace':
      return 'previous';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    case 'Escape':
      return 'exit';
    // Speaker notes on or off (the trainer's own screen or the speaker window) and the whole map.
    case 'n':
    case 'N':
      return 'notes';
    case 'o':
    case 'O':
      return 'overview';
    default:
      return undefined;
  }
}
