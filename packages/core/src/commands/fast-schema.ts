/**
 * A yes/no test compiled from a valibot schema, for the happy path of command checks. valibot builds an
 * output value and a dataset object per schema node on every run; for 10,000 small commands that garbage
 * cost more than the checking itself. The compiled test allocates nothing. It understands the schema kinds
 * the reader's schemas use and answers `false` for any other kind, so it is never more lenient than valibot:
 * when it says no, check-command.ts asks valibot, whose answer (and issue, for the refusal) is the one
 * that counts. A property test holds the two to the same verdicts.
 */
import type * as v from 'valibot';

export type Test = (value: unknown) => boolean;

type AnySchema = v.GenericSchema & {
  pipe?: readonly (v.GenericSchema | v.GenericValidation)[];
  entries?: Record<string, v.GenericSchema>;
  wrapped?: v.GenericSchema;
  item?: v.GenericSchema;
  key?: v.GenericSchema;
  value?: v.GenericSchema;
  options?: readonly unknown[];
  literal?: unknown;
  default?: unknown;
};

type AnyAction = v.GenericValidation & { requirement?: unknown };

const never: Test = () => false;
const compiled = new WeakMap<object, Test>();

const isObjectLike = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

function compileAction(action: AnyAction): Test | undefined {
  const requirement = action.requirement;
  switch (action.type) {
    case 'min_length':
      return (value) => (value as { length: number }).length >= (requirement as number);
    case 'integer':
      return (value) => Number.isInteger(value);
    case 'finite':
      return (value) => Number.isFinite(value);
    case 'min_value':
      return (value) => (value as number) >= (requirement as number);
    case 'max_value':
      return (value) => (value as number) <= (requirement as number);
    case 'check':
      return (value) => (requirement as (input: unknown) => boolean)(value);
    default:
      return undefined;
  }
}

/** Object schemas: every entry passes (a missing key only for an optional entry without a default). */
function compileObject(schema: AnySchema, strict: boolean): Test {
  const entries = Object.entries(schema.entries ?? {}).map(([key, entry]) => {
    const optional =
      (entry.type === 'optional' || entry.type === 'nullish' || entry.type === 'exact_optional') &&
      (entry as AnySchema).default === undefined;
    return { key, optional, test: compile(entry) };
  });
  const known = new Set(entries.map((e) => e.key));
  return (value) => {
    if (!isObjectLike(value)) return false;
    for (const { key, optional, test } of entries) {
      if (key in value) {
        if (!test(value[key])) return false;
      } else if (!optional) return false;
    }
    if (strict) for (const key in value) if (!known.has(key)) return false;
    return true;
  };
}

function compileBase(schema: AnySchema): Test {
  switch (schema.type) {
    case 'string':
      return (value) => typeof value === 'string';
    case 'number':
      return (value) => typeof value === 'number' && !Number.isNaN(value);
    case 'boolean':
      return (value) => typeof value === 'boolean';
    case 'literal': {
      const literal = schema.literal;
      return (value) => value === literal;
    }
    case 'picklist': {
      const options = new Set(schema.options);
      return (value) => options.has(value);
    }
    case 'optional': {
      // With a default, valibot would put the default in: not a plain yes/no, leave it to valibot.
      if (schema.default !== undefined) return never;
      const inner = compile(schema.wrapped!);
      return (value) => value === undefined || inner(value);
    }
    case 'nullable': {
      if (schema.default !== undefined) return never;
      const inner = compile(schema.wrapped!);
      return (value) => value === null || inner(value);
    }
    case 'array': {
      const item = compile(schema.item!);
      return (value) => {
        if (!Array.isArray(value)) return false;
        for (let i = 0; i < value.length; i++) if (!item(value[i])) return false;
        return true;
      };
    }
    case 'object':
    case 'loose_object':
      return compileObject(schema, false);
    case 'strict_object':
      return compileObject(schema, true);
    case 'record': {
      const key = compile(schema.key!);
      const entry = compile(schema.value!);
      return (value) => {
        if (!isObjectLike(value)) return false;
        for (const k of Object.keys(value)) if (!key(k) || !entry(value[k])) return false;
        return true;
      };
    }
    default:
      return never;
  }
}

/** The compiled test of `schema` (cached per schema object). */
export function compile(schema: v.GenericSchema): Test {
  const cached = compiled.get(schema);
  if (cached) return cached;
  const s = schema as AnySchema;
  let test: Test;
  if (s.pipe) {
    const [base, ...actions] = s.pipe;
    const tests = [compileBase(base as AnySchema)];
    for (const action of actions) tests.push(compileAction(action as AnyAction) ?? never);
    test = (value) => {
      for (let i = 0; i < tests.length; i++) if (!tests[i]!(value)) return false;
      return true;
    };
  } else {
    test = compileBase(s);
  }
  compiled.set(schema, test);
  return test;
}
