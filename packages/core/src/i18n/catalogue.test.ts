import { describe, expect, it } from 'vitest';
import { bindTranslator, createTranslator, type MessagePart } from './catalogue.js';
import { enumsMessages } from './message-parts.js';
import { t } from './translate.js';

const greetEn = { 'greet.hello': 'Hello {name}', 'greet.bye': 'Bye', 'greet.kind': 'Event: {kind}' } as const;
const greet: MessagePart<typeof greetEn> = {
  en: greetEn,
  nl: { 'greet.hello': 'Hallo {name}', 'greet.bye': 'Doei', 'greet.kind': 'Gebeurtenis: {kind}' },
};
const otherEn = { 'other.only': 'Only here' } as const;
const other: MessagePart<typeof otherEn> = { en: otherEn, nl: { 'other.only': 'Alleen hier' } };

describe('createTranslator', () => {
  it('looks a key up in the locale and fills its placeholders', () => {
    const tr = createTranslator([greet]);
    expect(tr('nl', 'greet.hello', { name: 'Anna' })).toBe('Hallo Anna');
    expect(tr('en', 'greet.hello', { name: 'Anna' })).toBe('Hello Anna');
    expect(tr('nl', 'greet.bye')).toBe('Doei');
  });

  it('knows only the parts it was made of: no registry shared between translators', () => {
    const a = createTranslator([greet]);
    const b = createTranslator([other]);
    expect(b('nl', 'other.only')).toBe('Alleen hier');
    // A key of another catalogue is not known (and a type error when written out): the key comes back.
    expect((a as (l: 'nl', k: string) => string)('nl', 'other.only')).toBe('other.only');
    expect((b as (l: 'nl', k: string) => string)('nl', 'greet.bye')).toBe('greet.bye');
  });

  it('lets a later part win and reads the parts at each call, so tables filled later are found', () => {
    const nl: Record<string, string> = {};
    const en: Record<string, string> = {};
    const late: MessagePart = { en, nl };
    const tr = createTranslator([greet, late]) as unknown as (locale: 'nl' | 'en', key: string) => string;
    expect(tr('nl', 'greet.bye')).toBe('Doei');
    expect(tr('nl', 'late.word')).toBe('late.word');
    Object.assign(nl, { 'greet.bye': 'Dag', 'late.word': 'Laat' });
    Object.assign(en, { 'late.word': 'Late' });
    expect(tr('nl', 'greet.bye')).toBe('Dag');
    expect(tr('nl', 'late.word')).toBe('Laat');
    expect(tr('en', 'greet.bye')).toBe('Bye');
  });

  it('takes a host override as a template or as a function of the parameters', () => {
    const tr = createTranslator([greet]);
    expect(tr('nl', 'greet.hello', { name: 'Anna' }, { 'greet.hello': 'Dag {name}!' })).toBe('Dag Anna!');
    expect(tr('en', 'greet.hello', { name: 'Anna' }, { 'greet.hello': (p) => `Hi ${p.name}` })).toBe(
      'Hi Anna',
    );
    // Two instances with different overrides do not see each other's.
    const one = bindTranslator(tr, 'nl', { 'greet.bye': 'Tot ziens' });
    const two = bindTranslator(tr, 'nl');
    expect(one('greet.bye')).toBe('Tot ziens');
    expect(two('greet.bye')).toBe('Doei');
  });

  it('shows an enumeration value of a known parameter by its label', () => {
    expect(t('nl', 'commands.eventNeedsMarriage', { kind: 'divorced', couple: 'A & B' })).toContain(
      '"gescheiden"',
    );
    const tr = createTranslator([enumsMessages, greet]);
    // greet.kind is not a key whose parameter carries an enumeration: the value stays as it is.
    expect(tr('nl', 'greet.kind', { kind: 'divorced' })).toBe('Gebeurtenis: divorced');
  });

  it('types each message’s parameters from its template', () => {
    const tr = createTranslator([greet]);
    // @ts-expect-error: the template names {name}, so the parameter is required
    expect(tr('en', 'greet.hello')).toBe('Hello {name}');
    // @ts-expect-error: a parameter the template does not name
    expect(tr('en', 'greet.hello', { nam: 'Anna' })).toBe('Hello {name}');
    // @ts-expect-error: a template without placeholders takes no parameters
    expect(tr('en', 'greet.bye', { name: 'Anna' })).toBe('Bye');
    // @ts-expect-error: core's t() checks its keys' parameters too
    expect(t('en', 'read.tooNew', { wrong: 1 })).toContain('{version}');
    const key: 'greet.hello' | 'greet.bye' = Math.max(0, 1) > 0 ? 'greet.bye' : 'greet.hello';
    // A key only known at run time takes any parameters.
    expect(tr('en', key, { name: 'x' })).toBe('Bye');
  });
});

describe('a host override function that fails', () => {
  it('counts as no override: the catalogue text is shown', () => {
    const tr = createTranslator([greet]);
    const throwing = () => {
      throw new Error('host bug');
    };
    expect(tr('nl', 'greet.bye', undefined, { 'greet.bye': throwing })).toBe('Doei');
    const notText = (() => 42) as unknown as () => string;
    expect(tr('nl', 'greet.bye', undefined, { 'greet.bye': notText })).toBe('Doei');
  });
});
