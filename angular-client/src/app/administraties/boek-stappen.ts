import { Component, inject, input, output, signal } from '@angular/core';
import { AdministratiesClient, GrootboekrekeningDto, JournaalpostDto } from '../api/api-client';
import { Formulier } from '../gedeeld/formulier';
import { Foutsamenvatting } from '../gedeeld/foutsamenvatting';
import { Tekstvak } from '../gedeeld/tekstvak';
import { Tekstveld } from '../gedeeld/tekstveld';
import { LEGE_REGEL, RegelFout, RegelInvoer, balansrekeningen, controleerPost, regelsVerzoek } from './journaalpost';
import { RegelsInvoer } from './regels-invoer';
import { ADMINISTRATIES_TEKSTEN as T } from './teksten';

/** The fields of a booking form as the error summary names them; the lines count as one. */
type BoekVeld = 'boekdatum' | 'omschrijving' | 'regels';

/** Puts the checks of the entry and of its lines on the form's fields. */
function toonFouten(formulier: Formulier<BoekVeld>, post: ReturnType<typeof controleerPost>): boolean {
  const regels = post.regels.flatMap((f, i) => (f ? [T.regelFoutOp(i + 1, T.regelFout[f])] : []));
  return formulier.controleer({
    boekdatum: post.post.includes('boekdatum') ? [T.postFout.boekdatum] : [],
    omschrijving: post.post.includes('omschrijving') ? [T.postFout.omschrijving] : [],
    regels: [...post.post.filter((f) => f === 'tweeRegels' || f === 'evenwicht').map((f) => T.postFout[f]), ...regels],
  });
}

/** The back office books a journal entry: a date in an open month, what it is, and lines in balance. */
@Component({
  selector: 'app-boeking-formulier',
  imports: [Foutsamenvatting, RegelsInvoer, Tekstveld, Tekstvak],
  template: `
    <h2 class="utrecht-heading-2" id="boeken-kop">{{ T.boekenKop }}</h2>
    <p class="utrecht-paragraph">{{ T.boekenUitleg }}</p>
    <app-foutsamenvatting [titel]="T.foutSamenvatting" [fouten]="formulier.samenvatting()" [algemeen]="formulier.algemeen()" />
    <form class="formulier" novalidate aria-labelledby="boeken-kop" (submit)="$event.preventDefault(); boek()">
      <app-tekstveld veldId="boeking-boekdatum" type="date" [label]="T.boekdatum" [verplicht]="true" [fouten]="formulier.van('boekdatum')" [(waarde)]="boekdatum" />
      <app-tekstvak veldId="boeking-omschrijving" [label]="T.omschrijving" [maxlength]="500" [regels]="2" [fouten]="formulier.van('omschrijving')" [(waarde)]="omschrijving" />
      @for (f of formulier.van('regels'); track f) { <p class="utrecht-form-field-error-message">{{ f }}</p> }
      <app-regels-invoer veldId="boeking-regels" [rekeningen]="rekeningen()" [fouten]="regelFouten()" [(regels)]="regels" />
      <div class="utrecht-button-group">
        <button type="submit" class="utrecht-button utrecht-button--primary-action" [attr.aria-disabled]="formulier.bezig() || null">
          {{ formulier.bezig() ? T.bezig : T.boeken }}</button>
      </div>
    </form>
  `,
})
export class BoekingFormulier {
  protected readonly T = T;
  readonly administratieId = input.required<string>();
  readonly rekeningen = input.required<readonly GrootboekrekeningDto[]>();
  readonly geboekt = output<JournaalpostDto>();
  private readonly client = inject(AdministratiesClient);
  protected readonly boekdatum = signal(new Date().toISOString().slice(0, 10));
  protected readonly omschrijving = signal('');
  protected readonly regels = signal<RegelInvoer[]>([{ ...LEGE_REGEL }, { ...LEGE_REGEL }]);
  protected readonly regelFouten = signal<(RegelFout | null)[]>([]);
  protected readonly formulier = new Formulier<BoekVeld>(
    { boekdatum: T.boekdatum, omschrijving: T.omschrijving, regels: T.regelsLabel },
    { veldId: (v) => `boeking-${v}`, veldVanMelding: (m) => (/maand|periode|datum/i.test(m) ? 'boekdatum' : /evenwicht|debet|credit|rekening|regel/i.test(m) ? 'regels' : null) },
  );

  boek(): void {
    const post = controleerPost({ boekdatum: this.boekdatum(), omschrijving: this.omschrijving(), regels: this.regels() });
    this.regelFouten.set(post.regels);
    if (!toonFouten(this.formulier, post)) return;
    this.formulier.verstuur(
      () => this.client.postJournaalpost(this.administratieId(), {
        boekdatum: this.boekdatum(), omschrijving: this.omschrijving().trim(), regels: regelsVerzoek(this.regels()), beschikkingId: null,
      }),
      (j) => {
        this.omschrijving.set('');
        this.regels.set([{ ...LEGE_REGEL }, { ...LEGE_REGEL }]);
        this.geboekt.emit(j);
      },
    );
  }
}

/** The opening balance, once: what the group had and owed on its start date, on balance accounts; empty when it starts with nothing. */
@Component({
  selector: 'app-openingsbalans-formulier',
  imports: [Foutsamenvatting, RegelsInvoer],
  template: `
    <h2 class="utrecht-heading-2" id="opening-kop">{{ T.openingKop }}</h2>
    <p class="utrecht-paragraph">{{ T.openingUitleg }}</p>
    <app-foutsamenvatting [titel]="T.foutSamenvatting" [fouten]="formulier.samenvatting()" [algemeen]="formulier.algemeen()" />
    <form class="formulier" novalidate aria-labelledby="opening-kop" (submit)="$event.preventDefault(); boek()">
      @for (f of formulier.van('regels'); track f) { <p class="utrecht-form-field-error-message">{{ f }}</p> }
      <app-regels-invoer veldId="opening-regels" [rekeningen]="balans()" [fouten]="regelFouten()" [(regels)]="regels" />
      <div class="utrecht-button-group">
        <button type="submit" class="utrecht-button utrecht-button--primary-action" [attr.aria-disabled]="formulier.bezig() || null">
          {{ formulier.bezig() ? T.bezig : T.openingBoeken }}</button>
      </div>
    </form>
  `,
})
export class OpeningsbalansFormulier {
  protected readonly T = T;
  readonly administratieId = input.required<string>();
  readonly rekeningen = input.required<readonly GrootboekrekeningDto[]>();
  readonly geboekt = output<JournaalpostDto>();
  private readonly client = inject(AdministratiesClient);
  protected readonly regels = signal<RegelInvoer[]>([{ ...LEGE_REGEL }, { ...LEGE_REGEL }]);
  protected readonly regelFouten = signal<(RegelFout | null)[]>([]);
  protected readonly formulier = new Formulier<BoekVeld>({ boekdatum: T.boekdatum, omschrijving: T.omschrijving, regels: T.regelsLabel },
    { veldId: (v) => `opening-${v}`, veldVanMelding: () => 'regels' });

  protected balans(): GrootboekrekeningDto[] {
    return balansrekeningen(this.rekeningen());
  }

  boek(): void {
    const post = controleerPost({ regels: this.regels() }, true);
    this.regelFouten.set(post.regels);
    if (!toonFouten(this.formulier, post)) return;
    this.formulier.verstuur(() => this.client.postOpeningsbalans(this.administratieId(), { regels: regelsVerzoek(this.regels()) }), (j) => this.geboekt.emit(j));
  }
}

/** Reverses one entry with the reason: a new entry that swaps debit and credit; the original is never changed. */
@Component({
  selector: 'app-tegenboeking-formulier',
  imports: [Foutsamenvatting, Tekstvak],
  template: `
    <h3 class="utrecht-heading-3" [id]="'tegenboeken-kop-' + post().nummer">{{ T.tegenboekenKop(post().nummer) }}</h3>
    <p class="utrecht-paragraph">{{ T.tegenboekenUitleg }}</p>
    <app-foutsamenvatting [titel]="T.foutSamenvatting" [fouten]="formulier.samenvatting()" [algemeen]="formulier.algemeen()" />
    <form class="formulier" novalidate [attr.aria-labelledby]="'tegenboeken-kop-' + post().nummer" (submit)="$event.preventDefault(); boek()">
      <app-tekstvak veldId="tegenboeking-reden" [label]="T.reden" [maxlength]="500" [regels]="2" [fouten]="formulier.van('reden')" [(waarde)]="reden" />
      <div class="utrecht-button-group">
        <button type="submit" class="utrecht-button utrecht-button--primary-action" [attr.aria-disabled]="formulier.bezig() || null">
          {{ formulier.bezig() ? T.bezig : T.tegenboekenKnop }}</button>
        <button type="button" class="utrecht-button utrecht-button--secondary-action" (click)="annuleer.emit()">{{ T.annuleren }}</button>
      </div>
    </form>
  `,
})
export class TegenboekingFormulier {
  protected readonly T = T;
  readonly post = input.required<JournaalpostDto>();
  readonly geboekt = output<JournaalpostDto>();
  readonly annuleer = output<void>();
  private readonly client = inject(AdministratiesClient);
  protected readonly reden = signal('');
  protected readonly formulier = new Formulier({ reden: T.reden }, { veldId: () => 'tegenboeking-reden' });

  boek(): void {
    if (!this.formulier.controleer({ reden: this.reden().trim() ? [] : [T.redenFout] })) return;
    const p = this.post();
    this.formulier.verstuur(() => this.client.reverseJournaalpost(p.administratieId, p.id, { reden: this.reden().trim(), boekdatum: null }), (j) => this.geboekt.emit(j));
  }
}
