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

export default {
  globs: ['src/**/*.ts'],
  litelement: true,
  plugins: [hideInternalState()],
};
