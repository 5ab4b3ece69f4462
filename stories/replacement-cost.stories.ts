import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/components/booking-cta/booking-cta.js';
import '../src/components/replacement-cost/replacement-cost.js';
import { narrow, onDark, renderElement, type StoryArgs } from './render.js';

const meta: Meta<StoryArgs> = {
  title: 'Elements/ops-replacement-cost',
  component: 'ops-replacement-cost',
  args: {},
  render: (args) => renderElement('ops-replacement-cost', args),
};
export default meta;
type Story = StoryObj<StoryArgs>;

export const Default: Story = {};
export const Dark: Story = { args: { theme: 'dark' }, render: (args) => onDark(renderElement('ops-replacement-cost', args)) };
export const CustomConfig: Story = { args: { config: { currency: 'EUR', inputs: { pipelines: 6 } }, locale: 'de-DE' } };
export const WithPartnerPrice: Story = { args: { 'partner-fee': 24000, 'partner-ops-per-pipeline': 6000 } };
export const WithCta: Story = {
  render: (args) =>
    renderElement('ops-replacement-cost', args, [
      renderElement('ops-booking-cta', { slot: 'cta', variant: 'button', mode: 'popup', href: '/demo/fake-scheduler.html' }),
    ]),
};
export const Narrow: Story = { render: (args) => narrow(renderElement('ops-replacement-cost', args)) };
export const ErrorState: Story = { tags: ['error-state'], args: { config: { inputs: { pipelines: 'six' } } } };
