import { Component, input } from '@angular/core';

/**
 * A definition list in NL Design System style (Utrecht data list, rows): key and value side by side on a wide
 * screen, stacked on a phone. Items are `<div app-gegeven [term]="…">value</div>`:
 *
 *     <dl app-gegevens>
 *       <div app-gegeven [term]="T.kolomCode">{{ g.code }}</div>
 *     </dl>
 */
@Component({
  selector: 'dl[app-gegevens]',
  host: { class: 'utrecht-data-list utrecht-data-list--rows gegevens' },
  template: '<ng-content />',
})
export class Gegevens {}

/** One key/value pair of `<dl app-gegevens>`; the value is the projected content. */
@Component({
  selector: 'div[app-gegeven]',
  host: { class: 'utrecht-data-list__item' },
  template: `
    <dt class="utrecht-data-list__item-key">{{ term() }}</dt>
    <dd class="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd"><ng-content /></dd>
  `,
})
export class Gegeven {
  readonly term = input.required<string>();
}
