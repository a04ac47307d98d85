import { Component, computed, inject, input, linkedSignal, signal } from '@angular/core';
import { OrganisatiesClient } from '../api/api-client';
import { Sessie } from '../auth/sessie';
import { Formulier } from '../gedeeld/formulier';
import { Foutsamenvatting } from '../gedeeld/foutsamenvatting';
import { Gegeven, Gegevens } from '../gedeeld/gegevens';
import { laadbaar } from '../gedeeld/laadbaar';
import { Laadblok } from '../gedeeld/laadblok';
import { Tekstveld } from '../gedeeld/tekstveld';
import { leesbaarIban } from './iban';
import { ORGANISATIES_ROLLEN } from './organisaties.routes';
import { ORGANISATIES_TEKSTEN as T } from './teksten';

/** The account an organisation's subsidies are paid to, and the form to record it (the API checks the IBAN, mod 97). */
@Component({
  selector: 'app-bankrekening',
  imports: [Laadblok, Gegevens, Gegeven, Foutsamenvatting, Tekstveld],
  template: `
    <section aria-labelledby="bankrekening-kop">
      <h2 class="utrecht-heading-2" id="bankrekening-kop">{{ T.bankrekeningTitel }}</h2>
      <p class="utrecht-paragraph">{{ T.bankrekeningUitleg }}</p>
      <app-laadblok [bron]="rekening" [ladenTekst]="T.bankrekeningLaden" />
      @if (rekening.waarde(); as r) {
        @if (melding()) { <div class="utrecht-alert utrecht-alert--ok" role="status"><p class="utrecht-paragraph">{{ melding() }}</p></div> }
        <dl app-gegevens>
          <div app-gegeven [term]="T.iban">{{ r.iban ? leesbaar(r.iban) : T.geenIban }}</div>
          <div app-gegeven [term]="T.tenaamstelling">{{ r.tenaamstelling || T.geen }}</div>
        </dl>
        @if (magWijzigen()) {
          <h3 class="utrecht-heading-3">{{ T.bankrekeningVastleggen }}</h3>
          <app-foutsamenvatting [titel]="T.foutSamenvatting" [fouten]="formulier.samenvatting()" [algemeen]="formulier.algemeen()" />
          <form class="formulier" novalidate [attr.aria-label]="T.bankrekeningVastleggen" (submit)="$event.preventDefault(); leg()">
            <app-tekstveld veldId="iban" [label]="T.iban" [uitleg]="T.ibanUitleg" autocomplete="off" [maxlength]="42" [verplicht]="true"
              [fouten]="formulier.van('iban')" [(waarde)]="iban" />
            <app-tekstveld veldId="tenaamstelling" [label]="T.tenaamstelling" [uitleg]="T.tenaamstellingUitleg" autocomplete="off" [maxlength]="70"
              [verplicht]="true" [fouten]="formulier.van('tenaamstelling')" [(waarde)]="tenaamstelling" />
            <div class="utrecht-button-group">
              <button type="submit" class="utrecht-button utrecht-button--primary-action" [class.utrecht-button--busy]="formulier.bezig()"
                [attr.aria-disabled]="formulier.bezig() || null">{{ formulier.bezig() ? T.bezigOpslaan : T.bankrekeningVastleggen }}</button>
            </div>
          </form>
        }
      }
    </section>
  `,
})
export class Bankrekening {
  protected readonly T = T;
  readonly organisatieId = input.required<string>();
  /** The organisation's name: the first guess for the tenaamstelling. */
  readonly naam = input.required<string>();
  /** A stopped organisation keeps its data as it was (the API refuses a change). */
  readonly gestopt = input(false);
  private readonly client = inject(OrganisatiesClient);
  private readonly sessie = inject(Sessie);
  protected readonly rekening = laadbaar({ params: () => this.organisatieId(), laad: (id) => this.client.getBankrekening(id) });
  protected readonly magWijzigen = computed(() => !this.gestopt() && this.sessie.heeftRol(...ORGANISATIES_ROLLEN.bankrekeningWijzigen));
  protected readonly iban = linkedSignal(() => {
    const iban = this.rekening.waarde()?.iban;
    return iban ? leesbaarIban(iban) : '';
  });
  protected readonly tenaamstelling = linkedSignal(() => this.rekening.waarde()?.tenaamstelling ?? this.naam());
  protected readonly melding = signal('');
  protected readonly leesbaar = leesbaarIban;
  protected readonly formulier = new Formulier({ iban: T.iban, tenaamstelling: T.tenaamstelling });

  leg(): void {
    const iban = this.iban().trim();
    const tenaamstelling = this.tenaamstelling().trim();
    const ok = this.formulier.controleer({
      iban: iban ? [] : [T.ibanVerplicht],
      tenaamstelling: tenaamstelling ? [] : [T.tenaamstellingVerplicht],
    });
    if (!ok) return;
    this.melding.set('');
    this.formulier.verstuur(
      () => this.client.setBankrekening(this.organisatieId(), { iban, tenaamstelling }),
      (r) => {
        this.rekening.zet(r);
        this.melding.set(T.bankrekeningVastgelegd);
      },
    );
  }
}
