import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/components/booking-cta/booking-cta.js';
import '../src/components/identities/identities.js';
import { narrow, onDark, renderElement, type StoryArgs } from './render.js';

const meta: Meta<StoryArgs> = {
  title: 'Elements/ops-identities',
  component: 'ops-identities',
  args: {},
  render: (args) => renderElement('ops-identities', args),
};
export default meta;
type Story = StoryObj<StoryArgs>;

export const Default: Story = {};
export const Dark: Story = { args: { theme: 'dark' }, render: (args) => onDark(renderElement('ops-identities', args)) };
export const WithLinksAndCta: Story = {
  args: { 'quiz-href': '#quiz', 'calculator-href': '#calculator' },
  render: (args) =>
    renderElement('ops-identities', args, [
      renderElement('ops-booking-cta', { slot: 'cta', variant: 'button', mode: 'popup', href: '/demo/fake-scheduler.html' }),
    ]),
};
export const ConsultantHighlighted: Story = { args: { highlight: 'consultant' } };
export const NoHighlight: Story = { args: { config: { highlight: '' } } };
export const CustomConfig: Story = {
  args: {
    heading: 'Who does what',
    config: {
      columns: [
        { id: 'agency', name: 'Agency' },
        { id: 'partner', name: 'Operations Partner' },
      ],
      rows: [
        { label: 'Sells', cells: { agency: 'A project', partner: 'Running the system with you' } },
        { label: 'After launch', cells: { agency: 'A handover document', partner: 'Still there' } },
      ],
    },
  },
};
export const Narrow: Story = { render: (args) => narrow(renderElement('ops-identities', args)) };
export const NarrowVendorSelected: Story = {
  args: { selected: 'vendor' },
  render: (args) => narrow(renderElement('ops-identities', args)),
};
export const ErrorState: Story = { tags: ['error-state'], args: { config: { columns: [] } } };
