import { afterEach, describe, expect, it } from 'vitest';
import { defineElement } from '../../src/shared/define-element.js';

const originalDefine = customElements.define;

afterEach(() => {
  customElements.define = originalDefine;
});

describe('defineElement', () => {
  it('registers a new tag', () => {
    class First extends HTMLElement {}
    defineElement('hcc-define-first', First);
    expect(customElements.get('hcc-define-first')).toBe(First);
  });

  it('ignores a second registration of the same tag', () => {
    class Original extends HTMLElement {}
    class Again extends HTMLElement {}
    defineElement('hcc-define-twice', Original);
    expect(() => defineElement('hcc-define-twice', Again)).not.toThrow();
    expect(customElements.get('hcc-define-twice')).toBe(Original);
  });

  it('survives a define shimmed by another script that registers behind our back', () => {
    class Shimmed extends HTMLElement {}
    class Ours extends HTMLElement {}
    // A shim whose `get` cannot see the tag until define runs, then throws on the repeat, as some polyfills do.
    customElements.define = function (this: CustomElementRegistry, name, _elementClass, options) {
      if (!customElements.get(name)) originalDefine.call(this, name, Shimmed, options);
      throw new DOMException(`"${name}" has already been defined`, 'NotSupportedError');
    };
    expect(() => defineElement('hcc-define-shimmed', Ours)).not.toThrow();
    expect(customElements.get('hcc-define-shimmed')).toBe(Shimmed);
  });

  it('still reports an invalid tag name', () => {
    class Invalid extends HTMLElement {}
    expect(() => defineElement('notatag', Invalid)).toThrow();
  });
});
