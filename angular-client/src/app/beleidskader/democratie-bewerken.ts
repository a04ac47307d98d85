import { Component, input } from '@angular/core';
import { Formulierveld, Veldgroep, VeldInvoer } from '../gedeeld/formulierveld';
import { Tekstveld } from '../gedeeld/tekstveld';
import { NIVEAUS } from './delegatiematrix';
import { BELEIDSKADER_TEKSTEN as T } from './teksten';
import { NIEUW, Werkversie } from './werkversie';

const ZEGGENSCHAP = ['beslist', 'beslistMee', 'adviseert'] as const;
const BUURTRECHTEN = Object.keys(T.buurtrechtNaam);

/** Editor parts: the delegation list (one line per decision type and level) and the buurtrechten. */
@Component({
  selector: 'app-democratie-bewerken',
  imports: [Veldgroep, Formulierveld, VeldInvoer, Tekstveld],
  template: `
    @let w = werk();
    <app-veldgroep veldId="delegaties" [legenda]="T.delegaties" [fouten]="fouten()('delegaties')">
      @for (d of w.delegaties; track $index; let i = $index) {
        <app-veldgroep [veldId]="'dl-' + i" [legenda]="T.nummer(T.delegatie, i + 1)">
          <app-tekstveld [veldId]="'dl-' + i + '-besluittype'" [label]="T.besluittype" [verplicht]="true" [maxlength]="200" [(waarde)]="d.besluittype" />
          <app-formulierveld [veldId]="'dl-' + i + '-niveau'" [label]="T.niveau">
            <select appVeldInvoer class="utrecht-select utrecht-select--html-select" (change)="d.niveau = $any($event.target).value">
              @for (n of niveaus; track n) { <option [value]="n" [selected]="n === d.niveau">{{ T.niveauNaam[n] }}</option> }
            </select>
          </app-formulierveld>
          <app-formulierveld [veldId]="'dl-' + i + '-zeggenschap'" [label]="T.zeggenschap">
            <select appVeldInvoer class="utrecht-select utrecht-select--html-select" (change)="d.zeggenschap = $any($event.target).value">
              @for (z of zeggenschap; track z) { <option [value]="z" [selected]="z === d.zeggenschap">{{ T.zeggenschapNaam[z] }}</option> }
            </select>
          </app-formulierveld>
          <button type="button" class="utrecht-button utrecht-button--secondary-action utrecht-button--danger"
            (click)="w.delegaties.splice(i, 1)">{{ T.verwijderen(T.nummer(T.delegatie, i + 1)) }}</button>
        </app-veldgroep>
      }
      <button type="button" class="utrecht-button utrecht-button--secondary-action" (click)="w.delegaties.push(nieuw.delegaties())">{{ T.toevoegen(T.delegatie) }}</button>
    </app-veldgroep>

    <app-veldgroep veldId="buurtrechten" [legenda]="T.buurtrechten" [fouten]="fouten()('buurtrechten')">
      @for (r of w.buurtrechten; track $index; let i = $index) {
        <app-veldgroep [veldId]="'br-' + i" [legenda]="T.nummer(T.buurtrecht, i + 1)">
          <app-formulierveld [veldId]="'br-' + i + '-soort'" [label]="T.buurtrecht">
            <select appVeldInvoer class="utrecht-select utrecht-select--html-select" (change)="r.soort = $any($event.target).value">
              @for (s of buurtrechten; track s) { <option [value]="s" [selected]="s === r.soort">{{ T.buurtrechtNaam[s] }}</option> }
            </select>
          </app-formulierveld>
          <app-tekstveld [veldId]="'br-' + i + '-artikel'" [label]="T.artikel" [maxlength]="100" [(waarde)]="r.artikel" />
          <button type="button" class="utrecht-button utrecht-button--secondary-action utrecht-button--danger"
            (click)="w.buurtrechten.splice(i, 1)">{{ T.verwijderen(T.nummer(T.buurtrecht, i + 1)) }}</button>
        </app-veldgroep>
      }
      <button type="button" class="utrecht-button utrecht-button--secondary-action" (click)="w.buurtrechten.push(nieuw.buurtrechten())">{{ T.toevoegen(T.buurtrecht) }}</button>
    </app-veldgroep>
  `,
})
export class DemocratieBewerken {
  protected readonly T = T;
  readonly werk = input.required<Werkversie>();
  readonly fouten = input.required<(veld: 'delegaties' | 'buurtrechten') => readonly string[]>();
  protected readonly nieuw = NIEUW;
  protected readonly niveaus = NIVEAUS;
  protected readonly zeggenschap = ZEGGENSCHAP;
  protected readonly buurtrechten = BUURTRECHTEN;
}
