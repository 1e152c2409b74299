/**
 * Runs the inspector's commands through the host's `execute` and keeps, per field, the reason of the last
 * refusal (translated), so each form shows it inline next to the field that caused it. A success clears it.
 */
import type { Command, CommandResult } from '@kring/core';
import type { Translate } from '../panels/controls/translator.js';

export type Execute = (command: Command) => CommandResult;

export class CommandRunner {
  /** Field name → refusal text. */
  errors: Record<string, string> = $state({});
  readonly #execute: () => Execute;
  readonly #tr: () => Translate;

  /** Getters, so the runner always uses the current props. */
  constructor(execute: () => Execute, tr: () => Translate) {
    this.#execute = execute;
    this.#tr = tr;
  }

  /** Executes `command`; on refusal records the reason under `field`. Returns the result. */
  run(field: string, command: Command): CommandResult {
    const result = this.#execute()(command);
    if (result.ok) delete this.errors[field];
    else this.errors[field] = this.#tr()(result.reason.key, result.reason.params);
    return result;
  }

  /** Clears every recorded refusal (e.g. when the selection changes). */
  reset(): void {
    this.errors = {};
  }
}
