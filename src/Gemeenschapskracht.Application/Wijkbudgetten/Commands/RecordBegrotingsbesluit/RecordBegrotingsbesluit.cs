using Gemeenschapskracht.Application.Common.Exceptions;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Raadsbesluiten;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Wijkbudgetten.Dtos;
using Gemeenschapskracht.Application.Wijkbudgetten.Shared;
using Gemeenschapskracht.Domain.Regels;
using Gemeenschapskracht.Domain.Wijkbudgetten;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Application.Wijkbudgetten.Commands.RecordBegrotingsbesluit;

/// <summary>
/// Records that the raad adopted the gemeente's begroting for a year (once per year). The tranches of that year are
/// released at once (Awb 4:34); job J5 releases what is granted later.
/// </summary>
[Authorize(Roles = $"{Roles.Griffie},{Roles.GemeenteBeheerder}")]
public sealed record RecordBegrotingsbesluitCommand : ICommand<BegrotingsbesluitDto>, IRaadsbesluitInvoer
{
    public required int Jaar { get; init; }

    public required DateOnly Datum { get; init; }

    public required string Kenmerk { get; init; }

    public required string? DocumentUrl { get; init; }
}

[Regel(Regelcatalogus.Awb4_34)]
public sealed class RecordBegrotingsbesluitHandler(IApplicationDbContext db, TimeProvider clock) : ICommandHandler<RecordBegrotingsbesluitCommand, BegrotingsbesluitDto>
{
    public async ValueTask<BegrotingsbesluitDto> Handle(RecordBegrotingsbesluitCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (await db.Set<Begrotingsbesluit>().AnyAsync(b => b.Jaar == command.Jaar, cancellationToken))
            throw new ConflictException($"De begroting voor {command.Jaar} is al vastgesteld.");
        var besluit = new Begrotingsbesluit(command.Jaar, command.NaarRaadsbesluit(), now);
        db.Set<Begrotingsbesluit>().Add(besluit);
        await db.SaveChangesAsync(cancellationToken);
        await db.GeefAlleTranchesVrijAsync(now, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return besluit.ToDto();
    }
}
