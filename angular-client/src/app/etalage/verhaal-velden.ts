import { Component, inject, input, model } from '@angular/core';
import { GebiedenClient, Herkomst, OrganisatiesClient } from '../api/api-client';
import { Sessie } from '../auth/sessie';
import { Formulier } from '../gedeeld/formulier';
import { Keuzeveld } from '../gedeeld/keuzeveld';
import { laadbaar } from '../gedeeld/laadbaar';
import { Tekstvak } from '../gedeeld/tekstvak';
import { Tekstveld } from '../gedeeld/tekstveld';
import { map } from 'rxjs';
import { ETALAGE_TEKSTEN as T } from './teksten';
import type { FotoRegel, VerhaalFout, VerhaalInvoer } from './etalage';

const HERKOMSTEN: readonly Herkomst[] = ['watWerkt', 'visitatie', 'ambitie', 'anders'];

/** The fields of a story, shared by the nomination and the gemeente's edit; with photo rows when the story has images placed. */
@Component({
  selector: 'app-verhaal-velden',
  imports: [Keuzeveld, Tekstvak, Tekstveld],
  template: `
    @let v = invoer();
    <app-tekstveld veldId="verhaal-titel" [label]="T.titelLabel" [verplicht]="true" autocomplete="off" [maxlength]="200"
      [fouten]="formulier().van('titel')" [waarde]="v.titel" (waardeChange)="zet('titel', $event)" />
    <app-tekstvak veldId="verhaal-verhaal" [label]="T.verhaalLabel" [maxlength]="8000" [regels]="6"
      [fouten]="formulier().van('verhaal')" [waarde]="v.verhaal" (waardeChange)="zet('verhaal', $event)" />
    <app-tekstvak veldId="verhaal-lessen" [label]="T.lessenLabel" [maxlength]="4000" [regels]="4"
      [fouten]="formulier().van('lessen')" [waarde]="v.lessen" (waardeChange)="zet('lessen', $event)" />
    <app-tekstveld veldId="verhaal-contact" [label]="T.contactLabel" [uitleg]="T.contactUitleg" [verplicht]="true" autocomplete="off" [maxlength]="500"
      [fouten]="formulier().van('contact')" [waarde]="v.contact" (waardeChange)="zet('contact', $event)" />
    <app-keuzeveld veldId="verhaal-herkomst" [label]="T.herkomstLabel" [leeg]="T.kies" [keuzes]="herkomsten" [fouten]="formulier().van('herkomst')"
      [waarde]="v.herkomst" (waardeChange)="zet('herkomst', $any($event))" />
    <app-keuzeveld veldId="verhaal-organisatie" [label]="T.organisatieLabel" [uitleg]="T.organisatieUitleg" [leeg]="T.geen"
      [keuzes]="organisaties.waarde() ?? []" [waarde]="v.organisatieId" (waardeChange)="zet('organisatieId', $event)" />
    <app-keuzeveld veldId="verhaal-wijk" [label]="T.wijkLabel" [leeg]="T.geen" [keuzes]="wijken.waarde() ?? []"
      [waarde]="v.wijkId" (waardeChange)="zet('wijkId', $event)" />
    @if (v.fotos.length) {
      <fieldset class="utrecht-form-fieldset fotos" [attr.aria-describedby]="'verhaal-fotos-uitleg'">
        <legend class="utrecht-form-fieldset__legend">{{ T.fotosKop }}</legend>
        <p class="utrecht-paragraph klein" id="verhaal-fotos-uitleg">{{ T.fotosUitleg }}</p>
        @if (formulier().van('fotos').length) { <p class="utrecht-form-field-error-message" id="verhaal-fotos-fout">{{ formulier().van('fotos')[0] }}</p> }
        @for (f of v.fotos; track f.bijlageId; let i = $index) {
          <app-tekstveld [veldId]="'verhaal-foto-bijschrift-' + i" [label]="T.bijschriftLabel(f.naam)" autocomplete="off" [maxlength]="300"
            [waarde]="f.bijschrift" (waardeChange)="zetFoto(i, { bijschrift: $event })" />
          <app-tekstveld [veldId]="'verhaal-foto-toestemming-' + i" [label]="T.toestemmingVanLabel(f.naam)" autocomplete="off" [maxlength]="200"
            [waarde]="f.toestemmingVan" (waardeChange)="zetFoto(i, { toestemmingVan: $event })" />
        }
      </fieldset>
    }
  `,
  styles: `.fotos { border: 0; padding: 0; margin-block: 1rem; } .klein { font-size: 0.875em; max-inline-size: 70ch; }`,
})
export class VerhaalVelden {
  protected readonly T = T;
  readonly invoer = model.required<VerhaalInvoer>();
  readonly formulier = input.required<Formulier<VerhaalFout | 'door'>>();
  private readonly sessie = inject(Sessie);
  private readonly gebieden = inject(GebiedenClient);
  private readonly register = inject(OrganisatiesClient);
  protected readonly herkomsten = HERKOMSTEN.map((h) => ({ id: h, naam: T.herkomstNaam[h] }));
  protected readonly wijken = laadbaar({
    laad: () => this.gebieden.listGebieden(1, 100, 'wijk', null).pipe(map((p) => p.items.map((g) => ({ id: g.id, naam: g.naam ?? g.code })))),
  });
  protected readonly organisaties = laadbaar({
    params: () => (this.sessie.heeftRol('gemeente-beheerder', 'beleidsmedewerker', 'bewonersorganisatie', 'professional', 'raadslid') ? true : undefined),
    laad: () => this.register.listOrganisaties(1, 100, null, null, null).pipe(map((p) => p.items.map((o) => ({ id: o.id, naam: o.naam })))),
  });

  protected zet<K extends keyof VerhaalInvoer>(veld: K, waarde: VerhaalInvoer[K]): void {
    this.invoer.update((v) => ({ ...v, [veld]: waarde }));
  }

  protected zetFoto(i: number, deel: Partial<FotoRegel>): void {
    this.invoer.update((v) => ({ ...v, fotos: v.fotos.map((f, j) => (j === i ? { ...f, ...deel } : f)) }));
  }
}
