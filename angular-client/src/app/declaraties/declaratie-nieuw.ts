import { Component, computed, inject, linkedSignal, signal } from '@angular/core';
import { Router } from '@angular/router';
import { map } from 'rxjs';
import { AdministratiesClient } from '../api/api-client';
import { Sessie } from '../auth/sessie';
import { Formulier } from '../gedeeld/formulier';
import { Formulierveld, VeldInvoer } from '../gedeeld/formulierveld';
import { Foutsamenvatting } from '../gedeeld/foutsamenvatting';
import { Keuzeveld } from '../gedeeld/keuzeveld';
import { laadbaar } from '../gedeeld/laadbaar';
import { Laadblok } from '../gedeeld/laadblok';
import { Tekstveld } from '../gedeeld/tekstveld';
import { vandaagIso } from '../subsidies/termijn';
import { declaratieIndiener } from './declaratie-client';
import { DeclaratieVeld, controleerDeclaratie, declaratieFormulier } from './declaratie-invoer';
import { DECLARATIES_TEKSTEN as T } from './teksten';

/**
 * The phone form: the receipt first (the camera opens on a phone), then the amount, the day, what kind of expense
 * (the group's cost accounts) and the IBAN to be paid back on. "Indienen" sends it to the back office at once;
 * a concept waits (for the receipt, say).
 */
@Component({
  selector: 'app-declaratie-nieuw',
  imports: [Foutsamenvatting, Formulierveld, Keuzeveld, Laadblok, Tekstveld, VeldInvoer],
  template: `
    <h1 class="utrecht-heading-1" id="declaratie-kop">{{ T.nieuwTitel }}</h1>
    <p class="utrecht-paragraph">{{ T.nieuwUitleg }}</p>
    <app-laadblok [bron]="administraties" [ladenTekst]="T.lijstLaden" />
    @if (administraties.waarde(); as groepen) {
      @if (groepen.length === 0) {
        <div class="utrecht-alert utrecht-alert--warning" role="status"><p class="utrecht-paragraph">{{ T.geenAdministratie }}</p></div>
      } @else {
        <app-foutsamenvatting [titel]="T.foutSamenvatting" [fouten]="formulier.samenvatting()" [algemeen]="formulier.algemeen()" />
        <form class="formulier" novalidate aria-labelledby="declaratie-kop" (submit)="$event.preventDefault(); verstuur(true)">
          <app-formulierveld veldId="declaratie-bonnetje" [label]="T.bonnetjeLabel" [uitleg]="T.bonnetjeUitleg" [fouten]="formulier.van('bonnetje')">
            <input appVeldInvoer type="file" class="utrecht-textbox utrecht-textbox--html-input" name="bonnetje"
              accept="image/*,application/pdf" (change)="bonnetje.set($any($event.target).files?.[0] ?? null)" />
          </app-formulierveld>
          @if (groepen.length > 1) {
            <app-keuzeveld veldId="declaratie-administratieId" [label]="T.administratieLabel" [leeg]="T.kies" [keuzes]="groepen"
              [fouten]="formulier.van('administratieId')" [(waarde)]="administratieId" />
          }
          <app-tekstveld veldId="declaratie-bedrag" [label]="T.bedragLabel" [uitleg]="T.bedragUitleg" [verplicht]="true" autocomplete="off"
            [fouten]="formulier.van('bedrag')" [(waarde)]="bedrag" />
          <app-tekstveld veldId="declaratie-uitgavedatum" type="date" [label]="T.datumLabel" [verplicht]="true"
            [fouten]="formulier.van('uitgavedatum')" [(waarde)]="uitgavedatum" />
          <app-keuzeveld veldId="declaratie-rekening" [label]="T.rekeningLabel" [leeg]="T.kies" [keuzes]="rekeningen.waarde() ?? []"
            [fouten]="formulier.van('rekening')" [(waarde)]="rekening" />
          <app-tekstveld veldId="declaratie-omschrijving" [label]="T.omschrijvingLabel" [verplicht]="true" [maxlength]="500"
            [fouten]="formulier.van('omschrijving')" [(waarde)]="omschrijving" />
          <app-tekstveld veldId="declaratie-naamBegunstigde" [label]="T.begunstigdeLabel" [verplicht]="true" autocomplete="name" [maxlength]="140"
            [fouten]="formulier.van('naamBegunstigde')" [(waarde)]="naamBegunstigde" />
          <app-tekstveld veldId="declaratie-iban" [label]="T.ibanLabel" [verplicht]="true" autocomplete="off" [maxlength]="42"
            [fouten]="formulier.van('iban')" [(waarde)]="iban" />
          <div class="utrecht-button-group">
            <button type="submit" class="utrecht-button utrecht-button--primary-action" [attr.aria-disabled]="formulier.bezig() || null">
              {{ formulier.bezig() ? T.bezig : T.indienen }}</button>
            <button type="button" class="utrecht-button utrecht-button--secondary-action" [attr.aria-disabled]="formulier.bezig() || null"
              (click)="verstuur(false)">{{ T.alsConcept }}</button>
          </div>
        </form>
      }
    }
  `,
})
export class DeclaratieNieuw {
  protected readonly T = T;
  private readonly router = inject(Router);
  private readonly administratiesClient = inject(AdministratiesClient);
  private readonly indiener = declaratieIndiener();
  protected readonly administraties = laadbaar({
    laad: () => this.administratiesClient.listAdministraties(1, 100, null).pipe(map((l) => l.items.map((a) => ({ id: a.id, naam: a.groepNaam })))),
  });
  protected readonly administratieId = signal('');
  /** One group: it is the one; more (the back office): a choice. */
  private readonly gekozen = computed(() => {
    const groepen = this.administraties.waarde() ?? [];
    return groepen.length === 1 ? groepen[0].id : this.administratieId();
  });
  protected readonly rekeningen = laadbaar({
    params: () => this.gekozen() || undefined,
    laad: (id) => this.administratiesClient.listGrootboekrekeningen(id, 1, 100)
      .pipe(map((l) => l.items.filter((r) => r.soort === 'lasten').map((r) => ({ id: r.code, naam: r.omschrijving })))),
  });
  protected readonly bedrag = signal('');
  protected readonly uitgavedatum = signal(vandaagIso());
  /** Another group has other accounts: the kind of expense is chosen again. */
  protected readonly rekening = linkedSignal({ source: this.gekozen, computation: () => '' });
  protected readonly omschrijving = signal('');
  protected readonly naamBegunstigde = signal(inject(Sessie).naam());
  protected readonly iban = signal('');
  protected readonly bonnetje = signal<File | null>(null);
  protected readonly formulier = new Formulier<DeclaratieVeld>(
    {
      bonnetje: T.bonnetjeLabel, administratieId: T.administratieLabel, bedrag: T.bedragLabel, uitgavedatum: T.datumLabel,
      rekening: T.rekeningLabel, omschrijving: T.omschrijvingLabel, naamBegunstigde: T.begunstigdeLabel, iban: T.ibanLabel,
    },
    {
      aliassen: { bedragEurocent: 'bedrag' },
      veldId: (v) => `declaratie-${v}`,
      veldVanMelding: (m) => (/bonnetje|foto|PDF/i.test(m) ? 'bonnetje' : /IBAN/i.test(m) ? 'iban' : /toekomst/i.test(m) ? 'uitgavedatum' : null),
    },
  );

  verstuur(indienen: boolean): void {
    const invoer = {
      administratieId: this.gekozen(), bedrag: this.bedrag(), uitgavedatum: this.uitgavedatum(), rekening: this.rekening(),
      omschrijving: this.omschrijving(), naamBegunstigde: this.naamBegunstigde(), iban: this.iban(), bonnetje: this.bonnetje(),
    };
    const fouten = controleerDeclaratie(invoer, vandaagIso(), indienen);
    const berichten = Object.fromEntries(Object.entries(fouten).map(([veld, fout]) => [veld, [T[fout]]]));
    if (!this.formulier.controleer(berichten)) return;
    this.formulier.verstuur(() => this.indiener(declaratieFormulier(invoer, indienen)), (d) => void this.router.navigate(['/declaraties', d.id]));
  }
}
