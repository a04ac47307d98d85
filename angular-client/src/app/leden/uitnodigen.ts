import { Component, computed, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { ObservedValueOf } from 'rxjs';
import { LedenClient } from '../api/api-client';

/** The invitation the API returns; named by the call, since NSwag numbers schema names that two features share (UitnodigingDto of the BuurtTop). */
type Uitnodiging = ObservedValueOf<ReturnType<LedenClient['inviteLid']>>;
import { GEMEENTE_ROLLEN } from '../auth/rollen';
import { Formulier } from '../gedeeld/formulier';
import { Foutsamenvatting } from '../gedeeld/foutsamenvatting';
import { Tekstveld } from '../gedeeld/tekstveld';
import { OrganisatieKeuze, heeftOrganisatieRol } from './organisatie-keuze';
import { RollenKeuze } from './rollen-keuze';
import { LEDEN_TEKSTEN as T } from './teksten';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

@Component({
  selector: 'app-uitnodigen',
  imports: [RouterLink, Tekstveld, RollenKeuze, OrganisatieKeuze, Foutsamenvatting],
  template: `
    <h1 class="utrecht-heading-1">{{ T.uitnodigenTitel }}</h1>
    @if (verstuurd(); as u) {
      <div class="utrecht-alert utrecht-alert--ok" role="status">
        <p class="utrecht-paragraph">{{ T.verstuurd(u.email, datum(u.verlooptOp)) }}</p>
      </div>
      <div class="utrecht-button-group">
        <button type="button" class="utrecht-button utrecht-button--secondary-action" (click)="nogEen()">{{ T.nogEen }}</button>
        <a class="utrecht-link" routerLink="/leden">{{ T.terug }}</a>
      </div>
    } @else {
      <p class="utrecht-paragraph">{{ T.uitnodigenIntro }}</p>
      <app-foutsamenvatting [titel]="T.foutSamenvatting" [fouten]="formulier.samenvatting()" [algemeen]="formulier.algemeen()" />
      <form class="formulier" novalidate (submit)="$event.preventDefault(); verstuur()">
        <app-tekstveld veldId="email" type="email" autocomplete="email" [label]="T.email" [uitleg]="T.emailUitleg"
          [verplicht]="true" [fouten]="formulier.van('email')" [(waarde)]="email" />
        <app-rollen-keuze veldId="rollen" [legenda]="T.rollen" [uitleg]="T.rollenUitleg" [fouten]="formulier.van('rollen')" [(gekozen)]="rollen" />
        @if (metOrganisatie()) {
          <app-organisatie-keuze veldId="organisatieId" [fouten]="formulier.van('organisatieId')" [(gekozen)]="organisatie" />
        }
        <div class="utrecht-button-group">
          <button type="submit" class="utrecht-button utrecht-button--primary-action" [class.utrecht-button--busy]="formulier.bezig()"
            [attr.aria-disabled]="formulier.bezig() || null">{{ formulier.bezig() ? T.bezigVersturen : T.verstuur }}</button>
          <a class="utrecht-link" routerLink="/leden">{{ T.annuleren }}</a>
        </div>
      </form>
    }
  `,
})
export class Uitnodigen {
  protected readonly T = T;
  private readonly client = inject(LedenClient);
  protected readonly email = signal('');
  protected readonly rollen = signal<string[]>([]);
  protected readonly organisatie = signal<string | null>(null);
  protected readonly metOrganisatie = computed(() => heeftOrganisatieRol(this.rollen()));
  protected readonly verstuurd = signal<Uitnodiging | null>(null);
  /** The summary links the roles to their first checkbox (a fieldset cannot take focus). */
  protected readonly formulier = new Formulier({ email: T.email, rollen: T.rollen, organisatieId: T.organisatie }, { veldId: (v) => (v === 'rollen' ? `rollen-${GEMEENTE_ROLLEN[0]}` : v) });

  datum(iso: string): string {
    return new Date(iso).toLocaleDateString('nl-NL', { day: 'numeric', month: 'long', year: 'numeric' });
  }

  verstuur(): void {
    if (this.formulier.bezig()) return;
    const email = this.email().trim();
    const emailFout = !email ? [T.verplicht] : !EMAIL.test(email) ? [T.ongeldigEmail] : [];
    if (!this.formulier.controleer({ email: emailFout, rollen: this.rollen().length ? [] : [T.rollenUitleg] })) return;
    this.formulier.verstuur(() => this.client.inviteLid({ email, rollen: this.rollen(), organisatieId: this.metOrganisatie() ? this.organisatie() : null }), (u) => this.verstuurd.set(u));
  }

  nogEen(): void {
    this.verstuurd.set(null);
    this.email.set('');
    this.rollen.set([]);
    this.organisatie.set(null);
  }
}
