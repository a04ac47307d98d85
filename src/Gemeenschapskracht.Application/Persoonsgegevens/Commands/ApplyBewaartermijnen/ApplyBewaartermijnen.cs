using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Common.Validation;
using Gemeenschapskracht.Application.Persoonsgegevens.Shared;
using Gemeenschapskracht.Domain.BuurtTops;
using Gemeenschapskracht.Domain.Declaraties;
using Gemeenschapskracht.Domain.Regels;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Application.Persoonsgegevens.Commands.ApplyBewaartermijnen;

/// <summary>What the daily job erased in one gemeente.</summary>
public sealed record Bewaartermijnresultaat(int Aanmeldingen, int Declaraties, int Betalingen);

/// <summary>
/// Erases personal data past the gemeente's terms (AVG art. 5 lid 1 sub e): the names and addresses of those registered
/// for a BuurtTop, and the IBANs of paid or refused declaraties and of executed or withdrawn payment batches. Idempotent through the
/// entities' erasure dates: a second run erases nothing.
/// </summary>
[Authorize(Roles = Roles.Systeem)]
[NoValidator("No input: it works on the job's gemeente.")]
[Regel(Regelcatalogus.Avg5_1e)]
public sealed record ApplyBewaartermijnenCommand : ICommand<Bewaartermijnresultaat>;

public sealed class ApplyBewaartermijnenHandler(IApplicationDbContext db, TimeProvider clock) : ICommandHandler<ApplyBewaartermijnenCommand, Bewaartermijnresultaat>
{
    public async ValueTask<Bewaartermijnresultaat> Handle(ApplyBewaartermijnenCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var (beleid, _) = await db.BewaarbeleidAsync(clock, volgen: false, cancellationToken);
        var buurtTops = await db.Set<BuurtTop>().AsNoTracking().Select(b => new { b.Id, b.Datum }).ToListAsync(cancellationToken);
        var verlopen = buurtTops.Where(b => beleid.AanmeldingenVerlopen(b.Datum, now)).Select(b => b.Id).ToList();
        var aanmeldingen = await db.Set<Aanmelding>().Where(a => verlopen.Contains(a.BuurtTopId) && a.GewistOp == null).ToListAsync(cancellationToken);
        var declaraties = await db.Set<Declaratie>()
            .Where(d => d.BankgegevensGewistOp == null && (d.Status == DeclaratieStatus.Betaald || d.Status == DeclaratieStatus.Afgewezen))
            .ToListAsync(cancellationToken);
        var betalingen = await db.Set<Declaratiebetaling>()
            .Where(b => b.BankgegevensGewistOp == null && b.Status != DeclaratiebetalingStatus.Klaargezet).ToListAsync(cancellationToken);
        var resultaat = new Bewaartermijnresultaat(
            aanmeldingen.Count(a => a.WisNaBewaartermijn(now)),
            declaraties.Count(d => d.WisBankgegevens(beleid, now)),
            betalingen.Count(b => b.WisBankgegevens(beleid, now)));
        await db.SaveChangesAsync(cancellationToken);
        return resultaat;
    }
}
