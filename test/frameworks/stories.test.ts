// Every story is also a test: rendered as Storybook would render it, its play function
// run, checked with axe, and error-state stories must show the error.
import { expect, fixture } from '@open-wc/testing';
import * as bookingStories from '../../stories/booking-cta.stories.js';
import * as identitiesStories from '../../stories/identities.stories.js';
import * as costStories from '../../stories/replacement-cost.stories.js';
import * as quizStories from '../../stories/vendor-quiz.stories.js';

type Args = Record<string, unknown>;
interface StoryShape {
  args?: Args;
  tags?: string[];
  render?: (args: Args, context: unknown) => unknown;
  play?: (context: { canvasElement: HTMLElement; args: Args }) => Promise<void> | void;
}
interface MetaShape {
  component: string;
  args?: Args;
  render: (args: Args, context: unknown) => unknown;
}

const modules = [bookingStories, identitiesStories, costStories, quizStories] as unknown as Array<
  Record<string, unknown> & { default: MetaShape }
>;

beforeEach(() => localStorage.clear());
afterEach(() => localStorage.clear());

for (const module of modules) {
  const meta = module.default;
  const stories = Object.entries(module).filter(([name]) => name !== 'default') as [string, StoryShape][];

  describe(`stories of <${meta.component}>`, () => {
    it('cover the default, dark, custom config, narrow and error states', () => {
      const names = stories.map(([name]) => name);
      for (const required of ['Default', 'Dark', 'CustomConfig', 'Narrow', 'ErrorState']) expect(names).to.include(required);
    });

    for (const [name, story] of stories) {
      it(`${name} renders, passes axe${story.tags?.includes('error-state') ? ' and shows its error' : ''}`, async () => {
        const args = { ...meta.args, ...story.args };
        const rendered = (story.render ?? meta.render)(args, { args }) as HTMLElement;
        const canvasElement = await fixture<HTMLElement>(rendered);
        const element = (
          canvasElement.localName === meta.component ? canvasElement : canvasElement.querySelector(meta.component)
        ) as HTMLElement & {
          updateComplete: Promise<boolean>;
        };
        expect(element, `${name} holds a <${meta.component}>`).to.not.equal(null);
        await element.updateComplete;
        await story.play?.({ canvasElement: canvasElement.parentElement!, args });
        await element.updateComplete;
        const alert = element.shadowRoot!.querySelector('[role="alert"]');
        if (story.tags?.includes('error-state')) expect(alert, `${name} shows the configuration error`).to.not.equal(null);
        else expect(alert?.textContent ?? null, `${name} has no configuration error`).to.equal(null);
        await expect(element).shadowDom.to.be.accessible();
      });
    }
  });
}
