using Gemeenschapskracht.Application.Administraties.Shared;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Common.Validation;
using Gemeenschapskracht.Domain.Administraties;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Application.Administraties.Commands.PrepareAdministratieafsluitingen;

/// <summary>
/// Job J8, the monthly close: for every administratie of the gemeente, every month that is over and still open is
/// prepared, and what blocks closing it is recorded for the back office (no opening balance, the month before still
/// open, cash or bank below zero, a subsidy without its beschikking). Idempotent: a month whose blockers did not change
/// is left alone.
/// </summary>
/// <returns>How many months were prepared anew.</returns>
[Authorize(Roles = Roles.Systeem)]
[NoValidator("No input: it works on the job's gemeente.")]
public sealed record PrepareAdministratieafsluitingenCommand : ICommand<int>;

public sealed class PrepareAdministratieafsluitingenHandler(IApplicationDbContext db, TimeProvider clock) : ICommandHandler<PrepareAdministratieafsluitingenCommand, int>
{
    public async ValueTask<int> Handle(PrepareAdministratieafsluitingenCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var gewijzigd = 0;
        foreach (var administratie in await db.Set<Administratie>().ToListAsync(cancellationToken))
            gewijzigd += administratie.BereidAfsluitingenVoor(await db.PostenAsync(administratie.Id, cancellationToken), now,
                await db.OpenDeclaratiesAsync(administratie.Id, cancellationToken), await db.BankmutatiesAsync(administratie.Id, cancellationToken));
        await db.SaveChangesAsync(cancellationToken);
        return gewijzigd;
    }
}
