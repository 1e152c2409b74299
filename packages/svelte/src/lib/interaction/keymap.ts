import type { EditorMessageKey } from '../messages.js';
/**
 * Keyboard shortcuts of the editor: a key event → an action name. One table, so the help popover lists
 * exactly what the handler does. Shortcuts that edit are ignored in read-only mode by the caller.
 */

export type KeyAction =
  | 'undo'
  | 'redo'
  | 'delete'
  | 'zoomIn'
  | 'zoomOut'
  | 'fit'
  | 'cancel'
  | 'inspect'
  | 'help'
  | 'addPerson'
  | 'addOrganisation'
  | 'addParent'
  | 'addChild'
  | 'addPartner'
  | 'addSibling'
  | 'moveLeft'
  | 'moveRight'
  | 'moveUp'
  | 'moveDown'
  | 'selectAll'
  | 'grab'
  | 'menu';

export interface KeyLike {
  key: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
  shiftKey?: boolean;
  altKey?: boolean;
}

/** Actions that change the document (left out in read-only mode). */
export const EDITING_ACTIONS: ReadonlySet<KeyAction> = new Set([
  'undo',
  'redo',
  'delete',
  'addPerson',
  'addOrganisation',
  'addParent',
  'addChild',
  'addPartner',
  'addSibling',
  'grab',
]);

const PLAIN: Record<string, KeyAction> = {
  Delete: 'delete',
  Backspace: 'delete',
  '+': 'zoomIn',
  '=': 'zoomIn',
  '-': 'zoomOut',
  '0': 'fit',
  Escape: 'cancel',
  Enter: 'inspect',
  '?': 'help',
  n: 'addPerson',
  o: 'addOrganisation',
  p: 'addParent',
  c: 'addChild',
  m: 'addPartner',
  s: 'addSibling',
  g: 'grab',
  ArrowLeft: 'moveLeft',
  ArrowRight: 'moveRight',
  ArrowUp: 'moveUp',
  ArrowDown: 'moveDown',
};

export function actionFor(e: KeyLike): KeyAction | undefined {
  const mod = e.ctrlKey === true || e.metaKey === true;
  const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
  if (mod) {
    if (key === 'z') return e.shiftKey ? 'redo' : 'undo';
    if (key === 'y') return 'redo';
    if (key === 'a') return 'selectAll';
    return undefined;
  }
  if (e.altKey) return undefined;
  // The context menu: the Menu key, or Shift+F10.
  if (e.key === 'ContextMenu' || (e.key === 'F10' && e.shiftKey)) return 'menu';
  // '?' needs Shift on most layouts; '+' too. Other letters with Shift are not shortcuts.
  if (e.shiftKey && key.length === 1 && !['?', '+'].includes(key)) return undefined;
  return PLAIN[key];
}

/** Arrow-key step in drawing units; with Shift a fine step. */
export function moveStep(shift: boolean): number {
  return shift ? 1 : 10;
}

/** The rows of the help popover: keys as shown, and the catalogue key of what they do. */
export const SHORTCUT_HELP: readonly { keys: string; label: EditorMessageKey }[] = [
  { keys: 'Tab / Shift+Tab', label: 'ui.help.tab' },
  { keys: '← ↑ → ↓', label: 'ui.help.arrows' },
  { keys: 'G', label: 'ui.help.move' },
  { keys: 'Enter', label: 'ui.help.enter' },
  { keys: 'Space', label: 'ui.help.space' },
  { keys: 'Delete', label: 'ui.help.delete' },
  { keys: 'Escape', label: 'ui.help.escape' },
  { keys: 'Menu, Shift+F10', label: 'ui.help.menu' },
  { keys: 'Ctrl/⌘+Z', label: 'ui.help.undo' },
  { keys: 'Ctrl/⌘+Shift+Z, Ctrl+Y', label: 'ui.help.redo' },
  { keys: 'Ctrl/⌘+A', label: 'ui.help.selectAll' },
  { keys: 'N', label: 'ui.help.addPerson' },
  { keys: 'O', label: 'ui.help.addOrganisation' },
  { keys: 'P / C / M / S', label: 'ui.help.addRelative' },
  { keys: '+ / − / 0', label: 'ui.help.zoom' },
  { keys: 'Shift+drag', label: 'ui.help.boxSelect' },
  { keys: 'Space+drag', label: 'ui.help.pan' },
  { keys: 'Alt+drag', label: 'ui.help.connect' },
  { keys: '?', label: 'ui.help.help' },
];
