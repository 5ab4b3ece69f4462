import { nothing } from 'lit';
import { Directive, directive, type ElementPart } from 'lit/directive.js';

/**
 * Keeps a checkbox's or radio's live `checked` state equal to `on`. Use it next to
 * `?checked=${on}`: a `.checked` binding would be prerendered by the server as
 * `checked="false"`, which HTML reads as checked, while the attribute alone stops
 * following the state once the reader has clicked. The server skips element directives.
 */
class LiveChecked extends Directive {
  render(_on: boolean): typeof nothing {
    return nothing;
  }

  override update(part: ElementPart, [on]: [boolean]): typeof nothing {
    (part.element as HTMLInputElement).checked = on;
    return nothing;
  }
}

export const liveChecked = directive(LiveChecked);
