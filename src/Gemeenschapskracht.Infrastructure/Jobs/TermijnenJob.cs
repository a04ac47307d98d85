using Gemeenschapskracht.Application.Beleidskaders.Commands.SignalTermijnen;
using Gemeenschapskracht.Application.BuurtTops.Commands.AnnounceBuurtTops;
using Gemeenschapskracht.Application.BuurtTops.Commands.RemindVoorbereiding;
using Gemeenschapskracht.Application.Persoonsgegevens.Commands.ApplyBewaartermijnen;
using Gemeenschapskracht.Application.Subsidies.Commands.RemindVerantwoordingen;
using Gemeenschapskracht.Application.Subsidies.Commands.SetVaststellingenAmbtshalve;
using Gemeenschapskracht.Application.Trekkingsrechten.Commands.ExpireTrekkingsrechten;
using Gemeenschapskracht.Application.Uitdagingen.Commands.SignalUitdagingTermijnen;
using Gemeenschapskracht.Application.Verzoeken.Commands.ChaseVerzoeken;
using Gemeenschapskracht.Application.Visitaties.Commands.ChaseVervolgacties;
using Gemeenschapskracht.Application.Wijkbeelden.Commands.RemindBeforeBuurtTop;
using Gemeenschapskracht.Application.Wijkbudgetten.Commands.AnnounceWijkbudgetEinde;
using Gemeenschapskracht.Application.Wijkbudgetten.Commands.ReleaseTranches;
using Gemeenschapskracht.Application.Wijktoekomstagendas.Commands.MarkAgendasForHerijking;
using Hangfire;
using Mediator;
using Microsoft.Extensions.DependencyInjection;

namespace Gemeenschapskracht.Infrastructure.Jobs;

/// <summary>
/// Recurring daily job: the clocks of every active gemeente, tenant by tenant: the beleidskader's time span
/// (J6 transition, J11 council terms, J12 pilot evaluation), the wijkbeeld review before a BuurtTop (J2), the
/// BuurtTop cycle: the next BuurtTop per wijk and the preparation reminders (J3), the agenda's herijking at mid-horizon
/// and at the end (J4), overdue answers and promises of institutions and overdue follow-up actions of visitaties (J10), and the wijkbudgetten: tranches released once their year's
/// begroting is adopted and the end of a period announced nine months ahead (J5); the subsidies' reports: a reminder before
/// the due date and a notice after it, and the ambtshalve vaststelling of the lowest tier once its period is over (J5); trekkingsrechten past their validity expire
/// and return their balance to the wijkbudget line (J5, R4.5); challenges under the uitdaagrecht past their ontvankelijkheid term are reported to the gemeente.
/// Each command is idempotent, so a second run on the same day sends nothing.
/// </summary>
public sealed class TermijnenJob(TenantJobRunner runner)
{
    public const string RecurringJobId = "termijnen-bewaken";

    [AutomaticRetry(Attempts = 0)]
    [JobDisplayName("Termijnen bewaken (alle gemeenten)")]
    public async Task<TenantRunReport> RunAsync(CancellationToken cancellationToken) =>
        await runner.RunForAllAsync(
            tenant => tenant.IsActive,
            async (services, ct) =>
            {
                var mediator = services.GetRequiredService<IMediator>();
                await mediator.Send(new SignalTermijnenCommand(), ct);
                await mediator.Send(new RemindBeforeBuurtTopCommand(), ct);
                await mediator.Send(new AnnounceBuurtTopsCommand(), ct);
                await mediator.Send(new RemindVoorbereidingCommand(), ct);
                await mediator.Send(new MarkAgendasForHerijkingCommand(), ct);
                await mediator.Send(new ChaseVerzoekenCommand(), ct);
                await mediator.Send(new ChaseVervolgactiesCommand(), ct);
                await mediator.Send(new ReleaseTranchesCommand(), ct);
                await mediator.Send(new AnnounceWijkbudgetEindeCommand(), ct);
                await mediator.Send(new RemindVerantwoordingenCommand(), ct);
                await mediator.Send(new SetVaststellingenAmbtshalveCommand(), ct);
                await mediator.Send(new ExpireTrekkingsrechtenCommand(), ct);
                await mediator.Send(new SignalUitdagingTermijnenCommand(), ct);
                await mediator.Send(new ApplyBewaartermijnenCommand(), ct);
            },
            cancellationToken);
}
