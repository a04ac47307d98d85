import { Component, input } from '@angular/core';
import { Formulierveld, Veldgroep, VeldInvoer } from '../gedeeld/formulierveld';
import { Tekstvak } from '../gedeeld/tekstvak';
import { Tekstveld } from '../gedeeld/tekstveld';
import { BELEIDSKADER_TEKSTEN as T } from './teksten';
import { NIEUW, Werkversie } from './werkversie';

const INSTRUMENTEN = ['aanbesteding', 'subsidie', 'inkoop'] as const;

/** Editor parts: the publieke waarden and the financieringsbronnen (lists to add to and remove from). */
@Component({
  selector: 'app-waarden-bewerken',
  imports: [Veldgroep, Formulierveld, VeldInvoer, Tekstveld, Tekstvak],
  template: `
    @let w = werk();
    <app-veldgroep veldId="publiekeWaarden" [legenda]="T.publiekeWaarden" [fouten]="fouten()('publiekeWaarden')">
      @for (p of w.publiekeWaarden; track $index; let i = $index) {
        <app-veldgroep [veldId]="'pw-' + i" [legenda]="T.nummer(T.publiekeWaarde, i + 1)">
          <app-tekstveld [veldId]="'pw-' + i + '-naam'" [label]="T.naam" [verplicht]="true" [maxlength]="200" [(waarde)]="p.naam" />
          <app-tekstvak [veldId]="'pw-' + i + '-omschrijving'" [label]="T.omschrijving" [maxlength]="2000" [regels]="3" [(waarde)]="p.omschrijving" />
          <app-tekstveld [veldId]="'pw-' + i + '-subthemas'" [label]="T.subthemas" [uitleg]="T.kommaUitleg" [(waarde)]="p.subthemas" />
          <app-formulierveld [veldId]="'pw-' + i + '-prioriteit'" [label]="T.prioriteit">
            <select appVeldInvoer class="utrecht-select utrecht-select--html-select" (change)="p.prioriteit = +$any($event.target).value">
              @for (n of [1, 2, 3, 4, 5]; track n) { <option [value]="n" [selected]="n === p.prioriteit">{{ T.prioriteitWaarde(n) }}</option> }
            </select>
          </app-formulierveld>
          <app-tekstveld [veldId]="'pw-' + i + '-artikel'" [label]="T.verordeningArtikel" [maxlength]="100" [(waarde)]="p.verordeningArtikel" />
          <button type="button" class="utrecht-button utrecht-button--secondary-action utrecht-button--danger"
            (click)="w.publiekeWaarden.splice(i, 1)">{{ T.verwijderen(T.nummer(T.publiekeWaarde, i + 1)) }}</button>
        </app-veldgroep>
      }
      <button type="button" class="utrecht-button utrecht-button--secondary-action"
        (click)="w.publiekeWaarden.push(nieuw.publiekeWaarden())">{{ T.toevoegen(T.publiekeWaarde) }}</button>
    </app-veldgroep>

    <app-veldgroep veldId="financieringsbronnen" [legenda]="T.financieringsbronnen" [fouten]="fouten()('financieringsbronnen')">
      @for (b of w.financieringsbronnen; track $index; let i = $index) {
        <app-veldgroep [veldId]="'fb-' + i" [legenda]="T.nummer(T.financieringsbron, i + 1)">
          <app-tekstveld [veldId]="'fb-' + i + '-naam'" [label]="T.naam" [verplicht]="true" [maxlength]="200" [(waarde)]="b.naam" />
          <app-tekstveld [veldId]="'fb-' + i + '-regime'" [label]="T.regime" [maxlength]="200" [(waarde)]="b.regime" />
          <app-tekstveld [veldId]="'fb-' + i + '-bedrag'" [label]="T.bedragPerJaarEuro" [uitleg]="T.bedragUitleg" autocomplete="off" [(waarde)]="b.bedrag" />
          <app-formulierveld [veldId]="'fb-' + i + '-instrument'" [label]="T.instrument">
            <select appVeldInvoer class="utrecht-select utrecht-select--html-select" (change)="b.instrument = $any($event.target).value">
              @for (n of instrumenten; track n) { <option [value]="n" [selected]="n === b.instrument">{{ T.instrumentNaam[n] }}</option> }
            </select>
          </app-formulierveld>
          <app-tekstveld [veldId]="'fb-' + i + '-contract'" type="date" [label]="T.contractEinddatum" [(waarde)]="b.contractEinddatum" />
          <app-tekstveld [veldId]="'fb-' + i + '-omzetting'" type="date" [label]="T.omzettingGepland" [(waarde)]="b.omzettingGepland" />
          <button type="button" class="utrecht-button utrecht-button--secondary-action utrecht-button--danger"
            (click)="w.financieringsbronnen.splice(i, 1)">{{ T.verwijderen(T.nummer(T.financieringsbron, i + 1)) }}</button>
        </app-veldgroep>
      }
      <button type="button" class="utrecht-button utrecht-button--secondary-action"
        (click)="w.financieringsbronnen.push(nieuw.financieringsbronnen())">{{ T.toevoegen(T.financieringsbron) }}</button>
    </app-veldgroep>
  `,
})
export class WaardenBewerken {
  protected readonly T = T;
  readonly werk = input.required<Werkversie>();
  /** The errors of a part (the editor's `Formulier.van`). */
  readonly fouten = input.required<(veld: 'publiekeWaarden' | 'financieringsbronnen') => readonly string[]>();
  protected readonly nieuw = NIEUW;
  protected readonly instrumenten = INSTRUMENTEN;
}
