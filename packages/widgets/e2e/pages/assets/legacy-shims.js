// Scripts an old CMS theme loads before anything else.
(() => {
  // An AMD loader left behind by a theme plugin: UMD bundles that find `define.amd` register as modules instead of
  // running, and jQuery registers itself here too.
  const amdModules = [];
  window.define = function define(...args) {
    amdModules.push(args);
  };
  window.define.amd = { jQuery: true };
  window.require = () => undefined;

  // A plugin that wraps `customElements.define` to log registrations, and throws on a repeat as old polyfills did.
  const registry = window.customElements;
  const nativeDefine = registry.define.bind(registry);
  registry.define = (name, elementClass, options) => {
    if (registry.get(name)) throw new Error(`cms-shim: ${name} is already defined`);
    window.cmsDefinedElements = (window.cmsDefinedElements || []).concat(name);
    return nativeDefine(name, elementClass, options);
  };
})();
