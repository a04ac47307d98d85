import { Component, OnInit, inject, signal } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { OidcSecurityService } from 'angular-auth-oidc-client';
import { Laden } from '../gedeeld/laden';
import { Sessie } from './sessie';
import { AUTH_TEKSTEN as T } from './teksten';

/** /auth/callback: the start-up auth check has processed the code; continue to where the person was going. */
@Component({
  selector: 'app-callback',
  imports: [Laden, RouterLink],
  template: `
    <h1 class="utrecht-heading-1">{{ T.callbackTitel }}</h1>
    @if (mislukt()) {
      <div class="utrecht-alert utrecht-alert--error" role="alert">
        <p class="utrecht-paragraph">{{ T.callbackMislukt }}</p>
      </div>
      <p class="utrecht-paragraph"><a class="utrecht-link" routerLink="/aanmelden">{{ T.opnieuwAanmelden }}</a></p>
    } @else {
      <app-laden [tekst]="T.callbackBezig" />
    }
  `,
})
export class Callback implements OnInit {
  protected readonly T = T;
  protected readonly mislukt = signal(false);
  private readonly oidc = inject(OidcSecurityService);
  private readonly sessie = inject(Sessie);
  private readonly router = inject(Router);

  ngOnInit(): void {
    this.oidc.isAuthenticated$.subscribe(({ isAuthenticated }) => {
      if (isAuthenticated) void this.router.navigateByUrl(this.sessie.neemTerugNaar(), { replaceUrl: true });
      else this.mislukt.set(true);
    });
  }
}
