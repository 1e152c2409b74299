/** The keys trainer mode listens to; presenter remotes send PageUp/PageDown (some send arrows or space). */
export type TrainerMove = 'next' | 'previous' | 'first' | 'last' | 'exit';

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
    default:
      return undefined;
  }
}
