import { Component, inject } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { FOUT_TEKSTEN as T } from './teksten';
import { Verbinding } from './verbinding';

@Component({
  selector: 'app-geen-toegang',
  imports: [RouterLink],
  template: `
    <h1 class="utrecht-heading-1">{{ T.geenToegangTitel }}</h1>
    <p class="utrecht-paragraph">{{ T.geenToegangTekst }}</p>
    <p class="utrecht-paragraph"><a class="utrecht-link" routerLink="/">{{ T.naarStart }}</a></p>
  `,
})
export class GeenToegang {
  protected readonly T = T;
}

@Component({
  selector: 'app-niet-gevonden',
  imports: [RouterLink],
  template: `
    <h1 class="utrecht-heading-1">{{ T.nietGevondenTitel }}</h1>
    <p class="utrecht-paragraph">{{ T.nietGevondenTekst }}</p>
    <p class="utrecht-paragraph"><a class="utrecht-link" routerLink="/">{{ T.naarStart }}</a></p>
  `,
})
export class NietGevonden {
  protected readonly T = T;
}

@Component({
  selector: 'app-offline',
  imports: [RouterLink],
  template: `
    <h1 class="utrecht-heading-1">{{ T.offlineTitel }}</h1>
    <p class="utrecht-paragraph">{{ T.offlineTekst }}</p>
    <div class="utrecht-button-group">
      <button type="button" class="utrecht-button utrecht-button--primary-action" (click)="opnieuw()">{{ T.opnieuw }}</button>
      <a class="utrecht-link" routerLink="/">{{ T.naarStart }}</a>
    </div>
  `,
})
export class Offline {
  protected readonly T = T;
  private readonly verbinding = inject(Verbinding);
  private readonly router = inject(Router);

  opnieuw(): void {
    const doel = this.verbinding.laatsteUrl || '/';
    // Navigate away and back so the screen loads its data again.
    void this.router.navigateByUrl('/', { skipLocationChange: true }).then(() => this.router.navigateByUrl(doel));
  }
}
