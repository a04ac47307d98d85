import { Component, inject, signal } from '@angular/core';
import { Router } from '@angular/router';
import { ErvaringsconferentiesClient } from '../api/api-client';
import { Formulier } from '../gedeeld/formulier';
import { Foutsamenvatting } from '../gedeeld/foutsamenvatting';
import { Tekstvak } from '../gedeeld/tekstvak';
import { Tekstveld } from '../gedeeld/tekstveld';
import { leesProgramma } from './conferentie';
import { CONFERENTIES_TEKSTEN as T } from './teksten';

type Veld = 'titel' | 'thema' | 'datum' | 'plek' | 'omschrijving' | 'capaciteit' | 'programma';

/** The gemeente plans an ervaringsconferentie: theme, day, place, description, places and the programme (wijken follow in a change). */
@Component({
  selector: 'app-conferentie-formulier',
  imports: [Foutsamenvatting, Tekstvak, Tekstveld],
  template: `
    <h1 class="utrecht-heading-1" id="conferentie-kop">{{ T.nieuwTitel }}</h1>
    <app-foutsamenvatting [titel]="T.foutSamenvatting" [fouten]="formulier.samenvatting()" [algemeen]="formulier.algemeen()" />
    <form class="formulier" novalidate aria-labelledby="conferentie-kop" (submit)="$event.preventDefault(); sla()">
      <app-tekstveld veldId="conferentie-titel" [label]="T.titelLabel" [verplicht]="true" autocomplete="off" [maxlength]="200" [fouten]="formulier.van('titel')" [(waarde)]="titel" />
      <app-tekstveld veldId="conferentie-thema" [label]="T.themaLabel" [verplicht]="true" autocomplete="off" [maxlength]="200" [fouten]="formulier.van('thema')" [(waarde)]="thema" />
      <app-tekstveld veldId="conferentie-datum" type="date" [label]="T.datumLabel" [verplicht]="true" [fouten]="formulier.van('datum')" [(waarde)]="datum" />
      <app-tekstveld veldId="conferentie-plek" [label]="T.plekLabel" [verplicht]="true" autocomplete="off" [maxlength]="300" [fouten]="formulier.van('plek')" [(waarde)]="plek" />
      <app-tekstvak veldId="conferentie-omschrijving" [label]="T.omschrijvingLabel" [maxlength]="4000" [regels]="4" [fouten]="formulier.van('omschrijving')" [(waarde)]="omschrijving" />
      <app-tekstveld veldId="conferentie-capaciteit" [label]="T.capaciteitLabel" autocomplete="off" [fouten]="formulier.van('capaciteit')" [(waarde)]="capaciteit" />
      <app-tekstvak veldId="conferentie-programma" [label]="T.programmaLabel" [uitleg]="T.programmaUitleg" [maxlength]="6000" [regels]="5"
        [fouten]="formulier.van('programma')" [(waarde)]="programma" />
      <div class="utrecht-button-group">
        <button type="submit" class="utrecht-button utrecht-button--primary-action" [attr.aria-disabled]="formulier.bezig() || null">
          {{ formulier.bezig() ? T.bezig : T.opslaan }}</button>
      </div>
    </form>
  `,
})
export class ConferentieFormulier {
  protected readonly T = T;
  private readonly client = inject(ErvaringsconferentiesClient);
  private readonly router = inject(Router);
  protected readonly titel = signal('');
  protected readonly thema = signal('');
  protected readonly datum = signal('');
  protected readonly plek = signal('');
  protected readonly omschrijving = signal('');
  protected readonly capaciteit = signal('');
  protected readonly programma = signal('');
  protected readonly formulier = new Formulier<Veld>(
    { titel: T.titelLabel, thema: T.themaLabel, datum: T.datumLabel, plek: T.plekLabel, omschrijving: T.omschrijvingLabel, capaciteit: T.capaciteitLabel, programma: T.programmaLabel },
    {
      veldId: (v) => `conferentie-${v}`,
      veldVanMelding: (m) => (/datum|verleden/i.test(m) ? 'datum' : /capaciteit/i.test(m) ? 'capaciteit' : /programma/i.test(m) ? 'programma'
        : /titel/i.test(m) ? 'titel' : /thema/i.test(m) ? 'thema' : /plek/i.test(m) ? 'plek' : /omschrijving/i.test(m) ? 'omschrijving' : null),
    },
  );

  protected sla(): void {
    const programma = leesProgramma(this.programma());
    const capaciteit = this.capaciteit().trim();
    const leeg = (s: string, fout: string) => (s.trim() ? [] : [fout]);
    if (!this.formulier.controleer({
      titel: leeg(this.titel(), T.fout.titel), thema: leeg(this.thema(), T.fout.thema), datum: leeg(this.datum(), T.fout.datum),
      plek: leeg(this.plek(), T.fout.plek), omschrijving: leeg(this.omschrijving(), T.fout.omschrijving),
      capaciteit: !capaciteit || /^\d+$/.test(capaciteit) ? [] : [T.fout.capaciteit], programma: programma ? [] : [T.fout.programma],
    })) return;
    this.formulier.verstuur(
      () => this.client.createErvaringsconferentie({
        titel: this.titel().trim(), thema: this.thema().trim(), datum: this.datum(), plek: this.plek().trim(), omschrijving: this.omschrijving().trim(),
        capaciteit: capaciteit ? Number(capaciteit) : null, programma: programma!, wijkIds: [],
      }),
      (c) => void this.router.navigate(['/ervaringsconferenties', c.id]),
    );
  }
}
