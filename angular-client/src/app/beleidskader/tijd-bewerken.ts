import { Component, input } from '@angular/core';
import { GebiedDto } from '../api/api-client';
import { Formulierveld, Veldgroep, VeldInvoer } from '../gedeeld/formulierveld';
import { Tekstvak } from '../gedeeld/tekstvak';
import { Tekstveld } from '../gedeeld/tekstveld';
import { BELEIDSKADER_TEKSTEN as T } from './teksten';
import { NIEUW, Werkversie } from './werkversie';

const PILOTSTATUS = Object.keys(T.pilotStatus);

/** Editor parts in time: the procesontwerp's phases, the programme's time span, the pilots and the overgangsperiodes. */
@Component({
  selector: 'app-tijd-bewerken',
  imports: [Veldgroep, Formulierveld, VeldInvoer, Tekstveld, Tekstvak],
  template: `
    @let w = werk();
    <app-veldgroep veldId="fasen" [legenda]="T.fasen" [fouten]="fouten()('fasen')">
      @for (f of w.fasen; track $index; let i = $index) {
        <app-veldgroep [veldId]="'fa-' + i" [legenda]="T.nummer(T.fase, i + 1)">
          <app-tekstveld [veldId]="'fa-' + i + '-naam'" [label]="T.naam" [verplicht]="true" [maxlength]="200" [(waarde)]="f.naam" />
          <app-tekstveld [veldId]="'fa-' + i + '-instrumenten'" [label]="T.instrumenten" [uitleg]="T.kommaUitleg" [(waarde)]="f.instrumenten" />
          <app-tekstveld [veldId]="'fa-' + i + '-verantwoordelijke'" [label]="T.verantwoordelijke" [maxlength]="200" [(waarde)]="f.verantwoordelijke" />
          <app-tekstveld [veldId]="'fa-' + i + '-start'" type="date" [label]="T.start" [verplicht]="true" [(waarde)]="f.start" />
          <app-tekstveld [veldId]="'fa-' + i + '-eind'" type="date" [label]="T.eind" [verplicht]="true" [(waarde)]="f.eind" />
          <button type="button" class="utrecht-button utrecht-button--secondary-action utrecht-button--danger"
            (click)="w.fasen.splice(i, 1)">{{ T.verwijderen(T.nummer(T.fase, i + 1)) }}</button>
        </app-veldgroep>
      }
      <button type="button" class="utrecht-button utrecht-button--secondary-action" (click)="w.fasen.push(nieuw.fasen())">{{ T.toevoegen(T.fase) }}</button>
    </app-veldgroep>

    <app-veldgroep veldId="tijdspanne" [legenda]="T.tijdspanne" [uitleg]="T.tijdspanneUitleg" [fouten]="fouten()('tijdspanne')">
      <app-tekstveld veldId="ts-start" type="date" [label]="T.programmaStart" [(waarde)]="w.tijdspanne.programmaStart" />
      <app-tekstveld veldId="ts-eind" type="date" [label]="T.programmaEind" [(waarde)]="w.tijdspanne.programmaEind" />
      <app-tekstveld veldId="ts-verkiezingen" [label]="T.verkiezingsdata" [uitleg]="T.verkiezingsdataUitleg" [(waarde)]="w.tijdspanne.verkiezingsdata" />
    </app-veldgroep>

    <app-veldgroep veldId="pilots" [legenda]="T.pilots" [fouten]="fouten()('pilots')">
      @for (p of w.pilots; track $index; let i = $index) {
        <app-veldgroep [veldId]="'pi-' + i" [legenda]="T.nummer(T.pilot, i + 1)">
          <app-formulierveld [veldId]="'pi-' + i + '-wijk'" [label]="T.wijk">
            <select appVeldInvoer class="utrecht-select utrecht-select--html-select" (change)="p.gebiedId = $any($event.target).value">
              <option value="" [selected]="!p.gebiedId">{{ T.kiesWijk }}</option>
              @for (g of wijken(); track g.id) { <option [value]="g.id" [selected]="g.id === p.gebiedId">{{ g.weergavenaam }}</option> }
            </select>
          </app-formulierveld>
          <app-tekstveld [veldId]="'pi-' + i + '-instrument'" [label]="T.instrument" [verplicht]="true" [maxlength]="200" [(waarde)]="p.instrument" />
          <app-tekstveld [veldId]="'pi-' + i + '-start'" type="date" [label]="T.start" [verplicht]="true" [(waarde)]="p.start" />
          <app-tekstveld [veldId]="'pi-' + i + '-eind'" type="date" [label]="T.eind" [verplicht]="true" [(waarde)]="p.eind" />
          <app-tekstvak [veldId]="'pi-' + i + '-criteria'" [label]="T.evaluatiecriteria" [maxlength]="2000" [regels]="3" [(waarde)]="p.evaluatiecriteria" />
          <app-formulierveld [veldId]="'pi-' + i + '-status'" [label]="T.status">
            <select appVeldInvoer class="utrecht-select utrecht-select--html-select" (change)="p.status = $any($event.target).value">
              @for (s of pilotstatus; track s) { <option [value]="s" [selected]="s === p.status">{{ T.pilotStatus[s] }}</option> }
            </select>
          </app-formulierveld>
          <button type="button" class="utrecht-button utrecht-button--secondary-action utrecht-button--danger"
            (click)="w.pilots.splice(i, 1)">{{ T.verwijderen(T.nummer(T.pilot, i + 1)) }}</button>
        </app-veldgroep>
      }
      <button type="button" class="utrecht-button utrecht-button--secondary-action" (click)="w.pilots.push(nieuw.pilots())">{{ T.toevoegen(T.pilot) }}</button>
    </app-veldgroep>

    <app-veldgroep veldId="overgangsperiodes" [legenda]="T.overgangsperiodes" [fouten]="fouten()('overgangsperiodes')">
      @for (o of w.overgangsperiodes; track $index; let i = $index) {
        <app-veldgroep [veldId]="'op-' + i" [legenda]="T.nummer(T.overgangsperiode, i + 1)">
          <app-tekstveld [veldId]="'op-' + i + '-contract'" [label]="T.contract" [verplicht]="true" [maxlength]="200" [(waarde)]="o.contract" />
          <app-tekstveld [veldId]="'op-' + i + '-aanbieder'" [label]="T.aanbieder" [maxlength]="200" [(waarde)]="o.aanbieder" />
          <app-tekstveld [veldId]="'op-' + i + '-start'" type="date" [label]="T.start" [verplicht]="true" [(waarde)]="o.start" />
          <app-tekstveld [veldId]="'op-' + i + '-eind'" type="date" [label]="T.eind" [verplicht]="true" [(waarde)]="o.eind" />
          <app-tekstvak [veldId]="'op-' + i + '-opvolging'" [label]="T.opvolging" [maxlength]="2000" [regels]="3" [(waarde)]="o.opvolging" />
          <button type="button" class="utrecht-button utrecht-button--secondary-action utrecht-button--danger"
            (click)="w.overgangsperiodes.splice(i, 1)">{{ T.verwijderen(T.nummer(T.overgangsperiode, i + 1)) }}</button>
        </app-veldgroep>
      }
      <button type="button" class="utrecht-button utrecht-button--secondary-action"
        (click)="w.overgangsperiodes.push(nieuw.overgangsperiodes())">{{ T.toevoegen(T.overgangsperiode) }}</button>
    </app-veldgroep>
  `,
})
export class TijdBewerken {
  protected readonly T = T;
  readonly werk = input.required<Werkversie>();
  readonly wijken = input.required<readonly GebiedDto[]>();
  readonly fouten = input.required<(veld: 'fasen' | 'tijdspanne' | 'pilots' | 'overgangsperiodes') => readonly string[]>();
  protected readonly nieuw = NIEUW;
  protected readonly pilotstatus = PILOTSTATUS;
}
