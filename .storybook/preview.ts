import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
// Written by `cem analyze`, which the storybook scripts run first.
import manifest from '../custom-elements.json';

setCustomElementsManifest(manifest);

const preview: Preview = {
  parameters: { controls: { expanded: true } },
};
export default preview;
