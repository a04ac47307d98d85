import { Component, computed, input } from '@angular/core';
import { StatusBadge } from '../gedeeld/status-badge';
import { termijnstand, vandaagIso } from './termijn';
import { SUBSIDIES_TEKSTEN as T } from './teksten';

/** How many days are left of a beslistermijn, or that it has passed (a danger badge, in words too), or that it stands still. */
@Component({
  selector: 'app-termijn',
  imports: [StatusBadge],
  template: `
    @if (gepauzeerd()) {
      <app-status-badge [tekst]="T.termijnStaatStil" soort="warning" />
    } @else if (stand(); as s) {
      @if (s.verstreken) {
        <app-status-badge [tekst]="T.termijnVerstreken(-s.dagenOver)" soort="danger" />
      } @else {
        <span>{{ s.dagenOver === 0 ? T.termijnVandaag : T.dagenOver(s.dagenOver) }}</span>
      }
    }
  `,
})
export class Termijn {
  protected readonly T = T;
  readonly beslistermijn = input.required<string | null>();
  /** The gemeente asked for completion: the clock stands still (Awb 4:15). */
  readonly gepauzeerd = input(false);
  protected readonly stand = computed(() => termijnstand(this.beslistermijn(), vandaagIso()));
}
