/**
 * Every edit of a document is a command: plain, serialisable data (`{ type: 'person.add', person }`),
 * built with the constructor functions named as verbs (`addPerson`, `linkParent`, `moveNode`, …) and
 * applied with `applyCommand`.
 */
import type { ContactCommand } from './contact.js';
import type { DocumentSettingsCommand } from './document-settings.js';
import type { EmotionalCommand } from './emotional.js';
import type { HouseholdCommand } from './households.js';
import type { LayoutCommand } from './layout.js';
import type { LessonCommand } from './lessons.js';
import type { MultipleBirthCommand } from './multiple-births.js';
import type { OrganisationCommand } from './organisations.js';
import type { ParentChildCommand } from './parent-child.js';
import type { PartnershipCommand } from './partnerships.js';
import type { PersonCommand } from './persons.js';
import type { PlanCommand } from './plan.js';
import type { SnapshotCommand } from './snapshots.js';
import type { TieCommand } from './ties.js';

/**
 * Every edit of a document, as plain JSON data: a `type` (`'person.add'`, `'tie.update'`, …) and its payload.
 * Build one with the creator functions (`addPerson`, `linkParent`, `moveNode`, …) or as a literal, apply it
 * with {@link applyCommand}, or through a {@link History} to make it undoable. Commands hold ids, never
 * object references, so they can be stored, sent to another device and replayed; `structuredClone` and
 * `JSON.stringify` keep them intact.
 *
 * Commands that add an entity give it an id of the caller's choosing: unique across the whole document
 * (persons, organisations, relations and plan actions share one id space). Updates take a `changes` object
 * (see {@link Changes}): the fields to set, `null` to clear an optional one.
 */
export type Command =
  | PersonCommand
  | ContactCommand
  | OrganisationCommand
  | PartnershipCommand
  | ParentChildCommand
  | MultipleBirthCommand
  | HouseholdCommand
  | EmotionalCommand
  | TieCommand
  | PlanCommand
  | DocumentSettingsCommand
  | LayoutCommand
  | LessonCommand
  | SnapshotCommand;

/**
 * The `type` of a command: `'person.add'`, `'tie.update'`, … (all of them at run time: {@link
 * COMMAND_TYPES}).
 */
export type CommandType = Command['type'];
