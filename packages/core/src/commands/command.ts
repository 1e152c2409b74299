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

export type CommandType = Command['type'];
