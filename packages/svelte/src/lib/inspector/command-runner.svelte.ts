/**
 * Runs the inspector's commands through the host's `execute` and keeps, per field, the reason of the last
 * refusal (translated), so each form shows it inline next to the field that caused it. A success clears it.
 */
import type { Command, CommandResult, Message } from '@kring/core';
import type { Translate } from '../panels/controls/translator.js';

export type Execute = (command: Command) => CommandResult;
/** Runs several commands as one undo step, all or nothing. */
export type ExecuteAll = (commands: readonly Command[]) => CommandResult;

export class CommandRunner {
  /** Field name → refusal text. */
  errors: Record<string, string> = $state({});
  /** What the last edit did besides what was asked (e.g. a marriage inserted before a divorce), translated. */
  notice: string | undefined = $state();
  readonly #execute: () => Execute;
  readonly #executeAll: () => ExecuteAll;
  readonly #tr: () => Translate;

  /** Getters, so the runner always uses the current props. */
  constructor(execute: () => Execute, tr: () => Translate, executeAll?: () => ExecuteAll) {
    this.#execute = execute;
    this.#tr = tr;
    this.#executeAll = executeAll ?? (() => (commands) => this.#oneByOne(commands));
  }

  /** Without an executeAll: the commands one by one, stopping at a refusal. */
  #oneByOne(commands: readonly Command[]): CommandResult {
    let result: CommandResult | undefined;
    for (const command of commands) {
      result = this.#execute()(command);
      if (!result.ok) break;
    }
    return result!;
  }

  /** Executes `commands` as one undo step; on refusal records the reason under `field`; on success shows `notice`. */
  runAll(field: string, commands: readonly Command[], notice?: Message): CommandResult {
    const result = commands.length === 1 ? this.#execute()(commands[0]!) : this.#executeAll()(commands);
    this.notice = undefined;
    if (result.ok) {
      delete this.errors[field];
      if (notice) this.notice = this.#tr()(notice.key, notice.params);
    } else this.errors[field] = this.#tr()(result.reason.key, result.reason.params);
    return result;
  }

  /** Executes `command`; on refusal records the reason under `field`. Returns the result. */
  run(field: string, command: Command): CommandResult {
    const result = this.#execute()(command);
    this.notice = undefined;
    if (result.ok) delete this.errors[field];
    else this.errors[field] = this.#tr()(result.reason.key, result.reason.params);
    return result;
  }

  /** Clears every recorded refusal (e.g. when the selection changes). */
  reset(): void {
    this.errors = {};
    this.notice = undefined;
  }
}
