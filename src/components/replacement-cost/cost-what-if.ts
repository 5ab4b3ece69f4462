import { isHonestFit, recommendedOption, type CostAssumptions, type CostInputs, type OptionId } from './cost-model.js';
import { inputBounds, numericInputNames } from './replacement-cost.schema.js';

/** The toggles that can change the answer; whether the vendor hands data back changes only its replacement cost. */
const answerToggles = ['afterHours', 'sharedOnCall', 'keepInHouse'] as const;

/** The smallest change to one input that makes a different option the recommendation. */
export interface AnswerChange {
  input: keyof CostInputs;
  value: number | boolean;
  optionId: OptionId;
  /** The new answer comes from the honest-fit rule rather than from price. */
  honestFit: boolean;
}

/** Enough halvings to pin a boundary anywhere in 0–10,000,000 well below one unit. */
const HALVINGS = 40;

/**
 * Up to `limit` changes that would change the answer, nearest first (by how far each
 * moves its input relative to where it is now; flipping a toggle counts as doubling).
 * Whole-number inputs are scanned, continuous ones bisected, toggles flipped. Each
 * input is held within its bounds, and every change is checked on the rounded value
 * it reports.
 */
export function answerChanges(inputs: CostInputs, assumptions: CostAssumptions, limit = 3): AnswerChange[] {
  const current = recommendedOption(inputs, assumptions);
  const answerWith = (change: Partial<CostInputs>) => recommendedOption({ ...inputs, ...change }, assumptions);
  const changes: [distance: number, change: AnswerChange][] = [];
  const add = (input: keyof CostInputs, value: number | boolean, distance: number) => {
    const changed = { ...inputs, [input]: value };
    const optionId = recommendedOption(changed, assumptions);
    if (optionId && optionId !== current)
      changes.push([distance, { input, value, optionId, honestFit: isHonestFit(changed, assumptions) }]);
  };

  for (const name of numericInputNames) {
    const { max, integer, money } = inputBounds[name];
    const value = inputs[name];
    // Money and counts to whole units, hours to tenths.
    const scale = integer || money ? 1 : 10;
    let nearest: number | undefined;
    if (integer) {
      // Nearest first, either way; nothing in production is not an option.
      for (let step = 1; step <= max && nearest === undefined; step++) {
        for (const candidate of [value + step, value - step]) {
          const answer = candidate >= 0 && candidate <= max ? answerWith({ [name]: candidate }) : undefined;
          if (nearest === undefined && answer && answer !== current) nearest = candidate;
        }
      }
    } else {
      for (const end of [0, max]) {
        if (answerWith({ [name]: end }) === current) continue;
        let same = value;
        let other = end;
        for (let i = 0; i < HALVINGS; i++) {
          const middle = (same + other) / 2;
          if (answerWith({ [name]: middle }) === current) same = middle;
          else other = middle;
        }
        // The nearest round value if it is already on the far side (a tie can decide it), else
        // the next one away from the current value.
        const flips = (candidate: number) => answerWith({ [name]: candidate }) !== current;
        const near = Math.round(other * scale) / scale;
        const away = Math.min(max, Math.max(0, (end > value ? Math.ceil(other * scale) : Math.floor(other * scale)) / scale));
        const boundary = flips(near) ? near : flips(away) ? away : other;
        if (nearest === undefined || Math.abs(boundary - value) < Math.abs(nearest - value)) nearest = boundary;
      }
    }
    if (nearest !== undefined) add(name, nearest, Math.abs(nearest - value) / Math.max(value, 1 / scale));
  }
  for (const name of answerToggles) add(name, !inputs[name], 1);

  return changes
    .sort((a, b) => a[0] - b[0])
    .slice(0, limit)
    .map(([, change]) => change);
}
