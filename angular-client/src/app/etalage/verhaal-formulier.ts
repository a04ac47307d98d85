import { Component, inject, signal } from '@angular/core';
import { Router } from '@angular/router';
import { EtalageClient } from '../api/api-client';
import { Formulier } from '../gedeeld/formulier';
import { Foutsamenvatting } from '../gedeeld/foutsamenvatting';
import { controleerVerhaal, LEEG_VERHAAL, verhaalVerzoek, type VerhaalFout, type VerhaalInvoer } from './etalage';
import { ETALAGE_TEKSTEN as T } from './teksten';
import { VerhaalVelden } from './verhaal-velden';

/** Nominating a story for the etalage; afterwards the nominator sees it as nominated, the gemeente is mailed. */
@Component({
  selector: 'app-verhaal-formulier',
  imports: [Foutsamenvatting, VerhaalVelden],
  template: `
    <h1 class="utrecht-heading-1" id="verhaal-kop">{{ T.nominerenTitel }}</h1>
    <p class="utrecht-paragraph uitleg">{{ T.nominerenUitleg }}</p>
    <app-foutsamenvatting [titel]="T.foutSamenvatting" [fouten]="formulier.samenvatting()" [algemeen]="formulier.algemeen()" />
    <form class="formulier" novalidate aria-labelledby="verhaal-kop" (submit)="$event.preventDefault(); verstuur()">
      <app-verhaal-velden [(invoer)]="invoer" [formulier]="formulier" />
      <div class="utrecht-button-group">
        <button type="submit" class="utrecht-button utrecht-button--primary-action" [attr.aria-disabled]="formulier.bezig() || null">
          {{ formulier.bezig() ? T.bezig : T.versturen }}</button>
      </div>
    </form>
  `,
  styles: `.uitleg { max-inline-size: 70ch; }`,
})
export class VerhaalFormulier {
  protected readonly T = T;
  private readonly client = inject(EtalageClient);
  private readonly router = inject(Router);
  protected readonly invoer = signal<VerhaalInvoer>({ ...LEEG_VERHAAL });
  protected readonly formulier = verhaalFormulier();

  protected verstuur(): void {
    const fouten = controleerVerhaal(this.invoer());
    if (!this.formulier.controleer(Object.fromEntries(Object.entries(fouten).map(([veld, fout]) => [veld, [T.fout[fout]]])))) return;
    this.formulier.verstuur(() => this.client.nominateEtalageverhaal(verhaalVerzoek(this.invoer())), (v) => void this.router.navigate(['/etalage', v.id]));
  }
}

/** The form state of a story's fields and of the consent, with the server's messages placed at their field. */
export function verhaalFormulier(): Formulier<VerhaalFout | 'door'> {
  return new Formulier<VerhaalFout | 'door'>(
    {
      titel: T.titelLabel, verhaal: T.verhaalLabel, lessen: T.lessenLabel, contact: T.contactLabel, herkomst: T.herkomstLabel, fotos: T.fotosKop,
      door: T.toestemmingDoorLabel,
    },
    {
      veldId: (v) => (v === 'fotos' ? 'verhaal-foto-bijschrift-0' : `verhaal-${v}`),
      veldVanMelding: (m) => (/toestemming gaf|namens/i.test(m) ? 'door' : /titel/i.test(m) ? 'titel' : /foto|bijschrift/i.test(m) ? 'fotos' : /leren/i.test(m) ? 'lessen' : /bereiken|contact/i.test(m) ? 'contact'
        : /herkomst|vandaan/i.test(m) ? 'herkomst' : /verhaal/i.test(m) ? 'verhaal' : null),
    },
  );
}
