import { Component, computed, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { LedenClient, UitnodigingDto } from '../api/api-client';
import { Foutsamenvatting, VeldFout } from '../gedeeld/foutsamenvatting';
import { naarProbleem } from '../gedeeld/probleem';
import { Tekstveld } from '../gedeeld/tekstveld';
import { RollenKeuze } from './rollen-keuze';
import { LEDEN_TEKSTEN as T } from './teksten';

const VELDEN = ['email', 'rollen'] as const;
const LABELS: Record<string, string> = { email: T.email, rollen: T.rollen };
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

@Component({
  selector: 'app-uitnodigen',
  imports: [RouterLink, Tekstveld, RollenKeuze, Foutsamenvatting],
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
      <app-foutsamenvatting [titel]="T.foutSamenvatting" [fouten]="samenvatting()" [algemeen]="algemeen()" />
      <form class="formulier" novalidate (submit)="$event.preventDefault(); verstuur()">
        <app-tekstveld veldId="email" type="email" autocomplete="email" [label]="T.email" [uitleg]="T.emailUitleg"
          [verplicht]="true" [fouten]="fouten()['email'] ?? []" [(waarde)]="email" />
        <app-rollen-keuze veldId="rollen" [legenda]="T.rollen" [uitleg]="T.rollenUitleg" [fouten]="fouten()['rollen'] ?? []" [(gekozen)]="rollen" />
        <div class="utrecht-button-group">
          <button type="submit" class="utrecht-button utrecht-button--primary-action" [class.utrecht-button--busy]="bezig()"
            [attr.aria-disabled]="bezig() || null">{{ bezig() ? T.bezigVersturen : T.verstuur }}</button>
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
  protected readonly bezig = signal(false);
  protected readonly verstuurd = signal<UitnodigingDto | null>(null);
  protected readonly fouten = signal<Partial<Record<string, string[]>>>({});
  protected readonly algemeen = signal<string[]>([]);
  protected readonly samenvatting = computed<VeldFout[]>(() =>
    VELDEN.filter((v) => this.fouten()[v]?.length).map((v) => ({ veldId: v, label: LABELS[v], berichten: this.fouten()[v] ?? [] })),
  );

  datum(iso: string): string {
    return new Date(iso).toLocaleDateString('nl-NL', { day: 'numeric', month: 'long', year: 'numeric' });
  }

  verstuur(): void {
    if (this.bezig()) return;
    const email = this.email().trim();
    const lokaal: Record<string, string[]> = {};
    if (!email) lokaal['email'] = [T.verplicht];
    else if (!EMAIL.test(email)) lokaal['email'] = [T.ongeldigEmail];
    if (this.rollen().length === 0) lokaal['rollen'] = [T.rollenUitleg];
    this.fouten.set(lokaal);
    this.algemeen.set([]);
    if (Object.keys(lokaal).length) return;
    this.bezig.set(true);
    this.client.inviteLid({ email, rollen: this.rollen() }).subscribe({
      next: (u) => {
        this.bezig.set(false);
        this.verstuurd.set(u);
      },
      error: (e: unknown) => {
        this.bezig.set(false);
        const p = naarProbleem(e, VELDEN);
        const { '': rest, ...perVeld } = p.veldfouten;
        this.fouten.set(perVeld);
        this.algemeen.set(Object.keys(perVeld).length === 0 ? [p.detail ?? p.titel] : (rest ?? []));
      },
    });
  }

  nogEen(): void {
    this.verstuurd.set(null);
    this.email.set('');
    this.rollen.set([]);
  }
}
