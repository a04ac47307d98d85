import { Component, input } from '@angular/core';
import { Formulierveld, Veldgroep, VeldInvoer } from '../gedeeld/formulierveld';
import { Tekstvak } from '../gedeeld/tekstvak';
import { Tekstveld } from '../gedeeld/tekstveld';
import { BELEIDSKADER_TEKSTEN as T } from './teksten';
import { NIEUW, Werkversie } from './werkversie';

const PARTIJSOORTEN = Object.keys(T.partijSoort);
const COMMITMENT = Object.keys(T.commitment);
const TOEZEGGINGSTATUS = Object.keys(T.toezeggingStatus);

/** Editor parts: the partijen, the role of the raad and the college, and the toezeggingen. */
@Component({
  selector: 'app-partijen-bewerken',
  imports: [Veldgroep, Formulierveld, VeldInvoer, Tekstveld, Tekstvak],
  template: `
    @let w = werk();
    <app-veldgroep veldId="partijen" [legenda]="T.partijen" [fouten]="fouten()('partijen')">
      @for (p of w.partijen; track $index; let i = $index) {
        <app-veldgroep [veldId]="'pa-' + i" [legenda]="T.nummer(T.partij, i + 1)">
          <app-tekstveld [veldId]="'pa-' + i + '-naam'" [label]="T.naam" [verplicht]="true" [maxlength]="200" [(waarde)]="p.naam" />
          <app-formulierveld [veldId]="'pa-' + i + '-soort'" [label]="T.soort">
            <select appVeldInvoer class="utrecht-select utrecht-select--html-select" (change)="p.soort = $any($event.target).value">
              @for (s of partijsoorten; track s) { <option [value]="s" [selected]="s === p.soort">{{ T.partijSoort[s] }}</option> }
            </select>
          </app-formulierveld>
          <app-tekstvak [veldId]="'pa-' + i + '-verwachting'" [label]="T.verwachting" [maxlength]="2000" [regels]="3" [(waarde)]="p.verwachting" />
          <app-tekstveld [veldId]="'pa-' + i + '-vorm'" [label]="T.vorm" [maxlength]="200" [(waarde)]="p.vorm" />
          <app-formulierveld [veldId]="'pa-' + i + '-status'" [label]="T.status">
            <select appVeldInvoer class="utrecht-select utrecht-select--html-select" (change)="p.status = $any($event.target).value">
              @for (s of commitment; track s) { <option [value]="s" [selected]="s === p.status">{{ T.commitment[s] }}</option> }
            </select>
          </app-formulierveld>
          <button type="button" class="utrecht-button utrecht-button--secondary-action utrecht-button--danger"
            (click)="w.partijen.splice(i, 1)">{{ T.verwijderen(T.nummer(T.partij, i + 1)) }}</button>
        </app-veldgroep>
      }
      <button type="button" class="utrecht-button utrecht-button--secondary-action" (click)="w.partijen.push(nieuw.partijen())">{{ T.toevoegen(T.partij) }}</button>
    </app-veldgroep>

    <app-veldgroep veldId="rolVanDePolitiek" [legenda]="T.rolVanDePolitiek" [fouten]="fouten()('rolVanDePolitiek')">
      <app-tekstvak veldId="rol-raad" [label]="T.raad" [(waarde)]="w.rolVanDePolitiek.raad" />
      <app-tekstvak veldId="rol-college" [label]="T.college" [(waarde)]="w.rolVanDePolitiek.college" />
    </app-veldgroep>

    <app-veldgroep veldId="toezeggingen" [legenda]="T.toezeggingen" [fouten]="fouten()('toezeggingen')">
      @for (z of w.toezeggingen; track $index; let i = $index) {
        <app-veldgroep [veldId]="'tz-' + i" [legenda]="T.nummer(T.toezegging, i + 1)">
          <app-tekstvak [veldId]="'tz-' + i + '-omschrijving'" [label]="T.toezegging" [maxlength]="2000" [regels]="2" [(waarde)]="z.omschrijving" />
          <app-tekstveld [veldId]="'tz-' + i + '-door'" [label]="T.door" [verplicht]="true" [maxlength]="200" [(waarde)]="z.door" />
          <app-tekstveld [veldId]="'tz-' + i + '-uiterlijk'" type="date" [label]="T.uiterlijk" [verplicht]="true" [(waarde)]="z.uiterlijk" />
          <app-formulierveld [veldId]="'tz-' + i + '-status'" [label]="T.status">
            <select appVeldInvoer class="utrecht-select utrecht-select--html-select" (change)="z.status = $any($event.target).value">
              @for (s of toezeggingstatus; track s) { <option [value]="s" [selected]="s === z.status">{{ T.toezeggingStatus[s] }}</option> }
            </select>
          </app-formulierveld>
          <button type="button" class="utrecht-button utrecht-button--secondary-action utrecht-button--danger"
            (click)="w.toezeggingen.splice(i, 1)">{{ T.verwijderen(T.nummer(T.toezegging, i + 1)) }}</button>
        </app-veldgroep>
      }
      <button type="button" class="utrecht-button utrecht-button--secondary-action" (click)="w.toezeggingen.push(nieuw.toezeggingen())">{{ T.toevoegen(T.toezegging) }}</button>
    </app-veldgroep>
  `,
})
export class PartijenBewerken {
  protected readonly T = T;
  readonly werk = input.required<Werkversie>();
  readonly fouten = input.required<(veld: 'partijen' | 'rolVanDePolitiek' | 'toezeggingen') => readonly string[]>();
  protected readonly nieuw = NIEUW;
  protected readonly partijsoorten = PARTIJSOORTEN;
  protected readonly commitment = COMMITMENT;
  protected readonly toezeggingstatus = TOEZEGGINGSTATUS;
}
