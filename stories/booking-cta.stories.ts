import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/components/booking-cta/booking-cta.js';
import { narrow, onDark, renderElement, type StoryArgs } from './render.js';

// A local page standing in for a scheduler, so no story loads a third party.
const scheduler = '/demo/fake-scheduler.html';

const meta: Meta<StoryArgs> = {
  title: 'Elements/ops-booking-cta',
  component: 'ops-booking-cta',
  args: { href: scheduler, scheduler: 'calcom' },
  render: (args) => renderElement('ops-booking-cta', args),
};
export default meta;
type Story = StoryObj<StoryArgs>;

export const Default: Story = {};
export const Dark: Story = { args: { theme: 'dark' }, render: (args) => onDark(renderElement('ops-booking-cta', args)) };
export const CustomConfig: Story = {
  args: {
    config: {
      copy: { heading: 'Talk to the founder', tagline: 'Thirty minutes, no slides.', button: 'Pick a time' },
      prefill: { notes: 'From the pricing page' },
    },
  },
};
export const ButtonOnly: Story = { args: { variant: 'button' } };
export const NewTab: Story = { args: { 'new-tab': true } };
export const Popup: Story = { args: { mode: 'popup' } };
export const PopupOpen: Story = {
  args: { mode: 'popup' },
  play: async ({ canvasElement }) => {
    const cta = canvasElement.querySelector('ops-booking-cta') as HTMLElement & {
      open(): void;
      updateComplete: Promise<boolean>;
    };
    await cta.updateComplete;
    cta.open();
    await cta.updateComplete;
  },
};
export const Inline: Story = { args: { mode: 'inline', height: 480 } };
export const Narrow: Story = { render: (args) => narrow(renderElement('ops-booking-cta', args)) };
export const ErrorState: Story = { tags: ['error-state'], args: { href: 'javascript:alert(1)' } };
