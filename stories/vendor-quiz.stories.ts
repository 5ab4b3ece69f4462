import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/components/vendor-quiz/vendor-quiz.js';
import { narrow, onDark, renderElement, type StoryArgs } from './render.js';

type Quiz = HTMLElement & { updateComplete: Promise<boolean> };

const meta: Meta<StoryArgs> = {
  title: 'Elements/ops-vendor-quiz',
  component: 'ops-vendor-quiz',
  // Stories do not keep progress between visits.
  args: { 'no-save': true },
  render: (args) => renderElement('ops-vendor-quiz', args),
};
export default meta;
type Story = StoryObj<StoryArgs>;

async function start(canvasElement: HTMLElement): Promise<Quiz> {
  const quiz = canvasElement.querySelector('ops-vendor-quiz') as Quiz;
  await quiz.updateComplete;
  quiz.shadowRoot!.querySelector<HTMLButtonElement>('form.vendor button')!.click();
  await quiz.updateComplete;
  return quiz;
}

export const Default: Story = {};
export const Dark: Story = { args: { theme: 'dark' }, render: (args) => onDark(renderElement('ops-vendor-quiz', args)) };
export const FirstQuestion: Story = { play: async ({ canvasElement }) => void (await start(canvasElement)) };
export const ListLayout: Story = { args: { layout: 'list' } };
export const WithShareLink: Story = { args: { share: true } };
export const CustomConfig: Story = { args: { config: { title: 'Questions for Acme AI', intro: 'Ask these before you sign.' } } };
export const Narrow: Story = { render: (args) => narrow(renderElement('ops-vendor-quiz', args)) };
export const NarrowFirstQuestion: Story = {
  render: (args) => narrow(renderElement('ops-vendor-quiz', args)),
  play: async ({ canvasElement }) => void (await start(canvasElement)),
};
export const ErrorState: Story = { tags: ['error-state'], args: { config: { questions: [] } } };
