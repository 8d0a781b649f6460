/**
 * custom-elements.json from the JSDoc on each element class (`@summary`, `@event`, `@csspart`, `@cssproperty`,
 * `@attr`). Styles, strings and the packaging entries (index, CDN, React) describe no element.
 */
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/index.ts', 'src/cdn*.ts', 'src/react.ts', 'src/**/*.styles.ts', 'src/**/*.strings.ts'],
  outdir: '.',
  litelement: true,
  // package.json already names the manifest; leave the file alone.
  packagejson: false,
  plugins: [hccConventions()],
};

/**
 * Teaches the analyser three habits of these widgets:
 * - they register through the guarded `defineElement(tag, Class)`, not `customElements.define`: read those calls so
 *   each class gets its `tagName` and each entry its definition export;
 * - internal reactive state is declared as `static properties = { x: { state: true } }`, which is no attribute;
 * - public attributes come from a config schema spread into `properties`, so `@attr` names them and the property
 *   of the same name in camelCase is linked here.
 */
function hccConventions() {
  /** @type {Array<{ tagName: string; className: string; module: string }>} */
  const definitions = [];
  /** @type {Map<string, Set<string>>} class name → its state fields */
  const stateFields = new Map();
  return {
    name: 'hcc-conventions',
    analyzePhase({ ts, node, moduleDoc }) {
      if (ts.isCallExpression(node) && node.expression.getText() === 'defineElement') {
        const [tag, elementClass] = node.arguments;
        if (tag && elementClass && ts.isStringLiteral(tag)) {
          definitions.push({ tagName: tag.text, className: elementClass.getText(), module: moduleDoc.path });
        }
      }
      if (isStaticProperties(ts, node) && ts.isClassDeclaration(node.parent) && node.parent.name) {
        stateFields.set(node.parent.name.text, new Set(stateNames(ts, node.initializer)));
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      const declarations = customElementsManifest.modules.flatMap((module) =>
        (module.declarations ?? []).map((declaration) => ({ module, declaration })),
      );
      for (const { module } of declarations) {
        // `defineElement` itself calls `customElements.define(tag, …)`: that is no definition of a real tag.
        module.exports = module.exports?.filter(
          (item) => item.kind !== 'custom-element-definition' || definitions.some((d) => d.module === module.path),
        );
      }
      for (const { tagName, className, module } of definitions) {
        const found = declarations.find(
          ({ declaration }) => declaration.kind === 'class' && declaration.name === className,
        );
        if (!found) throw new Error(`custom-elements.json: no class ${className} for <${tagName}>`);
        Object.assign(found.declaration, { tagName, customElement: true });
        const entry = customElementsManifest.modules.find((candidate) => candidate.path === module);
        entry.exports = (entry.exports ?? []).filter((item) => item.kind !== 'custom-element-definition');
        entry.exports.push({
          kind: 'custom-element-definition',
          name: tagName,
          declaration: { name: className, module: found.module.path },
        });
      }
      for (const { declaration } of declarations) {
        const state = inheritedStateFields(declaration, declarations, stateFields);
        declaration.attributes = declaration.attributes?.filter((attribute) => !state.has(attribute.fieldName));
        for (const member of declaration.members ?? []) if (state.has(member.name)) delete member.attribute;
        // Attributes declared in a config schema (`configProperties(config)`) are known from `@attr`: link each to
        // its property, named the same in camelCase.
        for (const attribute of declaration.attributes ?? []) {
          const name = attribute.name.replace(/-(\w)/g, (_, letter) => letter.toUpperCase());
          const member = declaration.members?.find(
            (candidate) => candidate.kind === 'field' && candidate.name === name,
          );
          if (attribute.fieldName || !member || member.static) continue;
          attribute.fieldName = name;
          member.attribute ??= attribute.name;
        }
        // `emit(name, …)` in the base class is no event of its own.
        declaration.events = declaration.events?.filter((event) => event.name.startsWith('hcc-'));
      }
    },
  };
}

function isStaticProperties(ts, node) {
  return (
    ts.isPropertyDeclaration(node) &&
    node.name.getText() === 'properties' &&
    node.modifiers?.some((modifier) => modifier.kind === ts.SyntaxKind.StaticKeyword) &&
    node.initializer !== undefined &&
    ts.isObjectLiteralExpression(node.initializer)
  );
}

function stateNames(ts, literal) {
  return literal.properties
    .filter(
      (property) =>
        ts.isPropertyAssignment(property) &&
        ts.isObjectLiteralExpression(property.initializer) &&
        property.initializer.properties.some(
          (option) =>
            ts.isPropertyAssignment(option) &&
            option.name.getText() === 'state' &&
            option.initializer.kind === ts.SyntaxKind.TrueKeyword,
        ),
    )
    .map((property) => property.name.getText());
}

function inheritedStateFields(declaration, declarations, stateFields) {
  const fields = new Set();
  for (let current = declaration; current; ) {
    for (const field of stateFields.get(current.name) ?? []) fields.add(field);
    const parent = current.superclass?.name;
    current = declarations.find(({ declaration: candidate }) => candidate.name === parent)?.declaration;
  }
  return fields;
}
