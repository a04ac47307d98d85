using Gemeenschapskracht.Application.Beleidskaders.Dtos;
using Gemeenschapskracht.Application.Beleidskaders.Shared;
using Gemeenschapskracht.Application.Common.Exceptions;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Domain.Beleidskaders;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Application.Beleidskaders.Commands.CreateBeleidskader;

/// <summary>
/// Starts a new concept version: the gemeente's first (with the essay's five public values) or a copy of the latest
/// version, so the public values keep their ids. Refused while another version is still a concept or before the raad.
/// </summary>
[Authorize(Roles = $"{Roles.GemeenteBeheerder},{Roles.Beleidsmedewerker}")]
public sealed record CreateBeleidskaderCommand(string Titel) : ICommand<BeleidskaderDto>;

public sealed class CreateBeleidskaderHandler(IApplicationDbContext db, TimeProvider clock) : ICommandHandler<CreateBeleidskaderCommand, BeleidskaderDto>
{
    public async ValueTask<BeleidskaderDto> Handle(CreateBeleidskaderCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var laatste = await db.Set<Beleidskader>().OrderByDescending(b => b.Versie).FirstOrDefaultAsync(cancellationToken);
        if (laatste?.Status is BeleidskaderStatus.Concept or BeleidskaderStatus.TerBesluitvorming)
            throw new ConflictException($"Versie {laatste.Versie} is nog in behandeling; werk die bij of laat die eerst vaststellen.");
        var kader = laatste is null ? Beleidskader.Eerste(command.Titel, now) : Beleidskader.NieuweVersieVan(laatste, command.Titel, now);
        db.Set<Beleidskader>().Add(kader);
        await db.SaveChangesAsync(cancellationToken);
        return kader.ToDto(await db.WijkindelingAsync(cancellationToken), clock.Vandaag());
    }
}
