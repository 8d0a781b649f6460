import { describe, expect, it } from 'vitest';
import {
  choiceOption,
  configProblem,
  configProperties,
  flagOption,
  numberOption,
  textOption,
  themeOption,
} from '../../src/shared/config-schema.js';

const pageSize = numberOption('page-size', { min: 1, max: 100, integer: true }, 10, 20);
const mode = choiceOption('mode', ['server', 'client'] as const, 'server');
const poll = numberOption('poll', { min: 1, unit: 'minutes between refreshes' }, undefined, 10);

describe('numberOption', () => {
  it('reads a number and accepts it within its range', () => {
    expect(pageSize.read('20')).toBe(20);
    expect(pageSize.accepts(pageSize.read(' 100 '))).toBe(true);
  });

  it.each(['0', '101', '2.5', 'abc', '-3'])('refuses page-size="%s"', (raw) => {
    expect(pageSize.accepts(pageSize.read(raw))).toBe(false);
  });

  it('keeps an unreadable value as written, so the message can quote it', () => {
    expect(pageSize.read('abc')).toBe('abc');
  });

  it('reads a blank attribute as its default', () => {
    expect(pageSize.read('  ')).toBe(10);
    expect(poll.read('')).toBeUndefined();
    expect(poll.accepts(undefined)).toBe(true);
  });

  it('accepts fractions unless it asks for whole numbers', () => {
    expect(poll.accepts(poll.read('1.5'))).toBe(true);
    expect(poll.accepts(poll.read('0.5'))).toBe(false);
  });
});

describe('choiceOption', () => {
  it('reads a known value without regard to case or spaces', () => {
    expect(mode.read(' CLIENT ')).toBe('client');
    expect(mode.accepts(mode.read('client'))).toBe(true);
  });

  it('refuses an unknown value and keeps it as written', () => {
    expect(mode.read('fast')).toBe('fast');
    expect(mode.accepts('fast')).toBe(false);
  });

  it('lets an optional choice be absent', () => {
    expect(themeOption.accepts(undefined)).toBe(true);
    expect(themeOption.accepts(themeOption.read('blue'))).toBe(false);
  });
});

describe('textOption and flagOption', () => {
  it('reads blank text as absent and never refuses text', () => {
    const agency = textOption('agency');
    expect(agency.read('  ')).toBeUndefined();
    expect(agency.read(' xa-tien-du ')).toBe('xa-tien-du');
    expect(agency.accepts('anything')).toBe(true);
  });

  it('declares a flag as a boolean attribute', () => {
    expect(configProperties({ syncUrl: flagOption('sync-url') }).syncUrl).toEqual({
      attribute: 'sync-url',
      type: Boolean,
    });
  });
});

describe('configProperties', () => {
  it('reads attributes through the option, and an absent attribute as the default', () => {
    const converter = configProperties({ pageSize }).pageSize?.converter as {
      fromAttribute: (value: string | null) => unknown;
    };
    expect(converter.fromAttribute('25')).toBe(25);
    expect(converter.fromAttribute('zero')).toBe('zero');
    expect(converter.fromAttribute(null)).toBe(10);
  });
});

describe('configProblem', () => {
  it('names the widget, the attribute and value, what is accepted, the default used and an example', () => {
    const message = configProblem('hcc-procedure-finder', pageSize, '0');
    expect(message).toContain('<hcc-procedure-finder>');
    expect(message).toContain('page-size="0"');
    expect(message).toContain('a whole number from 1 to 100');
    expect(message).toContain('page-size="10"');
    expect(message).toContain('<hcc-procedure-finder page-size="20">');
  });

  it('lists the allowed values of a choice', () => {
    expect(configProblem('hcc-procedure-finder', mode, 'fast')).toContain('"server" or "client"');
  });

  it('says the value is ignored when there is no default', () => {
    expect(configProblem('hcc-dossier-tracker', poll, 'abc')).toMatch(/poll="abc".*ignoring it/);
  });
});
