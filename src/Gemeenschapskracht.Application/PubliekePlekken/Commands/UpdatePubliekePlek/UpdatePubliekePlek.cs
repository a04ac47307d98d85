using System.Text.Json.Serialization;
using Gemeenschapskracht.Application.Common.Exceptions;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.PubliekePlekken.Dtos;
using Gemeenschapskracht.Application.PubliekePlekken.Shared;
using Gemeenschapskracht.Application.Wijkbeelden.Shared;
using Gemeenschapskracht.Domain.Wijkbeelden;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Application.PubliekePlekken.Commands.UpdatePubliekePlek;

/// <summary>Replaces what is known of a place, its status included (a closed place is kept, not deleted).</summary>
[Authorize(Roles = WijkbeeldToegang.Teamrollen)]
public sealed record UpdatePubliekePlekCommand : ICommand<PubliekePlekDto>, IPubliekePlekGegevens
{
    [JsonIgnore]
    public Guid Id { get; init; }

    public required string Naam { get; init; }
    public required PlekSoort Soort { get; init; }
    public required CoordinatenDto? Locatie { get; init; }
    public required string? Adres { get; init; }
    public required Eigenaarsoort Eigenaar { get; init; }
    public required string? BeheerdDoor { get; init; }
    public required bool AvondsOpen { get; init; }
    public required int? Vergadercapaciteit { get; init; }
    public required Huurregime Huurregime { get; init; }
    public required PlekStatus Status { get; init; }
    public required string? Toelichting { get; init; }
}

public sealed class UpdatePubliekePlekHandler(IApplicationDbContext db, TimeProvider clock) : ICommandHandler<UpdatePubliekePlekCommand, PubliekePlekDto>
{
    public async ValueTask<PubliekePlekDto> Handle(UpdatePubliekePlekCommand command, CancellationToken cancellationToken)
    {
        var plek = await db.Set<PubliekePlek>().FirstOrDefaultAsync(p => p.Id == command.Id, cancellationToken)
            ?? throw new NotFoundException("Deze plek bestaat niet in deze gemeente.");
        plek.Pas(command, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return plek.ToDto();
    }
}
