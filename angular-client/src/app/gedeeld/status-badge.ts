import { Component, computed, input } from '@angular/core';

/** The NL Design System status badge variants the client uses. */
export type BadgeSoort = 'neutral' | 'success' | 'warning' | 'danger';

/** A status as an NL Design System status badge: always a text, never colour alone. */
@Component({
  selector: 'app-status-badge',
  template: `<span [class]="klasse()">{{ tekst() }}</span>`,
})
export class StatusBadge {
  readonly tekst = input.required<string>();
  readonly soort = input<BadgeSoort>('neutral');
  protected readonly klasse = computed(() => `utrecht-status-badge utrecht-status-badge--${this.soort()}`);
}
