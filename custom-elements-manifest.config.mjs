import { readdirSync, readFileSync } from 'node:fs';

// Internal reactive state is declared in `static properties` like public properties;
// keep it out of the documented attributes and members.
function hideInternalState() {
  return {
    name: 'hide-internal-state',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          const hidden = new Set(
            (declaration.members ?? [])
              .filter((member) => member.privacy === 'private' || member.privacy === 'protected' || member.name.startsWith('#'))
              .map((member) => member.name),
          );
          if (declaration.attributes) {
            declaration.attributes = declaration.attributes.filter(
              (attribute) => !hidden.has(attribute.fieldName ?? attribute.name),
            );
          }
          if (declaration.members) {
            declaration.members = declaration.members.filter((member) => !hidden.has(member.name));
          }
        }
      }
    },
  };
}

// Source text of every module, for what the analyzer does not carry over by itself.
function sourceTexts() {
  const texts = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = `${dir}/${entry.name}`;
      if (entry.isDirectory()) walk(path);
      else if (path.endsWith('.ts')) texts.push(readFileSync(path, 'utf8'));
    }
  };
  walk('src');
  return texts.join('\n');
}

/**
 * The package ships dist/, not src/: describe the modules a user can import (the bundle
 * and one file per element) with the elements they define, instead of the source files.
 * Also replaces the analyzer's reading of `define(tag, element)` inside core/define.ts as
 * a definition of a tag named "tag", adds each event's type from the global event map,
 * and spells out string-literal aliases that the package does not export (`Theme`).
 */
function packageModules() {
  return {
    name: 'package-modules',
    packageLinkPhase({ customElementsManifest }) {
      const source = sourceTexts();
      const eventTypes = new Map(
        [...source.matchAll(/'(ops-[\w-]+)':\s*CustomEvent<(\w+)>/g)].map((match) => [match[1], match[2]]),
      );
      const aliases = [...source.matchAll(/export type (\w+) = ('[^';]*'(?:\s*\|\s*'[^';]*')*);/g)].map(([, name, union]) => [
        new RegExp(`\\b${name}\\b`, 'g'),
        union,
      ]);
      const spell = (type) =>
        type && { ...type, text: aliases.reduce((text, [pattern, union]) => text.replace(pattern, union), type.text) };

      const modules = customElementsManifest.modules;
      const elements = modules.flatMap((module) => module.declarations ?? []).filter((declaration) => declaration.tagName);
      const entryPath = (path) => {
        if (path === 'src/index.ts') return 'dist/ops-partner-widgets.js';
        const match = /^src\/components\/([\w-]+)\/\1\.ts$/.exec(path);
        return match ? `dist/${match[1]}.js` : null;
      };
      const homeOf = new Map();
      for (const module of modules) {
        const path = entryPath(module.path);
        if (!path || path === 'dist/ops-partner-widgets.js') continue;
        for (const exported of module.exports ?? []) {
          if (elements.some((element) => element.name === exported.name)) homeOf.set(exported.name, path);
        }
      }
      const reference = (element) => ({ name: element.name, module: homeOf.get(element.name) });
      const definition = (element) => ({
        kind: 'custom-element-definition',
        name: element.tagName,
        declaration: reference(element),
      });
      const jsExport = (element) => ({ kind: 'js', name: element.name, declaration: reference(element) });
      const clean = (element) => {
        const drop = ({ module: _module, ...rest }) => rest;
        const withoutSourcePaths = (item) => (item.inheritedFrom ? { ...item, inheritedFrom: drop(item.inheritedFrom) } : item);
        return {
          ...element,
          superclass: { name: 'LitElement', package: 'lit' },
          members: element.members?.map((member) => withoutSourcePaths({ ...member, type: spell(member.type) })),
          attributes: element.attributes?.map((attribute) => withoutSourcePaths({ ...attribute, type: spell(attribute.type) })),
          events: element.events?.map((event) => ({
            ...withoutSourcePaths(event),
            ...(eventTypes.has(event.name) ? { type: { text: `CustomEvent<${eventTypes.get(event.name)}>` } } : {}),
          })),
        };
      };

      const perElement = [...homeOf].map(([name, path]) => {
        const element = elements.find((candidate) => candidate.name === name);
        return {
          kind: 'javascript-module',
          path,
          declarations: [clean(element)],
          exports: [jsExport(element), definition(element)],
        };
      });
      const ordered = elements.filter((element) => homeOf.has(element.name)).sort((a, b) => a.tagName.localeCompare(b.tagName));
      const bundle = {
        kind: 'javascript-module',
        path: 'dist/ops-partner-widgets.js',
        declarations: [],
        exports: [...ordered.map(jsExport), ...ordered.map(definition)],
      };
      customElementsManifest.modules = [bundle, ...perElement.sort((a, b) => a.path.localeCompare(b.path))];
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  litelement: true,
  plugins: [hideInternalState(), packageModules()],
};
