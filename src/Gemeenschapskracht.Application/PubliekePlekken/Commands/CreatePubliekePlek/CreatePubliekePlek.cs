using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.PubliekePlekken.Dtos;
using Gemeenschapskracht.Application.PubliekePlekken.Shared;
using Gemeenschapskracht.Application.Wijkbeelden.Shared;
using Gemeenschapskracht.Domain.Wijkbeelden;
using Mediator;

namespace Gemeenschapskracht.Application.PubliekePlekken.Commands.CreatePubliekePlek;

/// <summary>Adds a public place to a wijk: residents, professionals and the gemeente map them together (R2.1).</summary>
[Authorize(Roles = WijkbeeldToegang.Teamrollen)]
public sealed record CreatePubliekePlekCommand : ICommand<PubliekePlekDto>, IPubliekePlekGegevens
{
    public required Guid WijkId { get; init; }
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

public sealed class CreatePubliekePlekHandler(IApplicationDbContext db, TimeProvider clock) : ICommandHandler<CreatePubliekePlekCommand, PubliekePlekDto>
{
    public async ValueTask<PubliekePlekDto> Handle(CreatePubliekePlekCommand command, CancellationToken cancellationToken)
    {
        await db.VindWijkAsync(command.WijkId, cancellationToken);
        var now = clock.GetUtcNow();
        var plek = new PubliekePlek(command.WijkId, now);
        plek.Pas(command, now);
        db.Set<PubliekePlek>().Add(plek);
        await db.SaveChangesAsync(cancellationToken);
        return plek.ToDto();
    }
}
