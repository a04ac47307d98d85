using System.Text.Json.Serialization;
using FluentValidation;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Opdrachtovereenkomsten.Dtos;
using Gemeenschapskracht.Application.Opdrachtovereenkomsten.Shared;
using Gemeenschapskracht.Domain.Administraties;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Application.Opdrachtovereenkomsten.Commands.UpdateOpdrachtovereenkomst;

/// <summary>
/// The host's back office replaces a contract's terms (extra hours, a later end, another rate for what is still to be
/// invoiced); what was already invoiced stays inside them.
/// </summary>
[Authorize(Roles = OpdrachtovereenkomstQueries.Beheerders)]
public sealed record UpdateOpdrachtovereenkomstCommand : ICommand<OpdrachtovereenkomstDto>, IOpdrachtvelden
{
    [JsonIgnore]
    public Guid Id { get; init; }

    public required string Opdrachtnemer { get; init; }

    public required string Kvknummer { get; init; }

    public required string Iban { get; init; }

    public required string Omschrijving { get; init; }

    public required decimal Uren { get; init; }

    public required long UurtariefEurocent { get; init; }

    public required int BtwPercentage { get; init; }

    public required DateOnly Begindatum { get; init; }

    public required DateOnly Einddatum { get; init; }

    public required string Rekening { get; init; }
}

public sealed class UpdateOpdrachtovereenkomstValidator : AbstractValidator<UpdateOpdrachtovereenkomstCommand>
{
    public UpdateOpdrachtovereenkomstValidator() => this.AddOpdrachtRules();
}

public sealed class UpdateOpdrachtovereenkomstHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<UpdateOpdrachtovereenkomstCommand, OpdrachtovereenkomstDto>
{
    public async ValueTask<OpdrachtovereenkomstDto> Handle(UpdateOpdrachtovereenkomstCommand command, CancellationToken cancellationToken)
    {
        var opdracht = await db.GehosteOpdrachten(user).VindAsync(command.Id, cancellationToken);
        var administratie = await db.Set<Administratie>().AsNoTracking().FirstAsync(a => a.Id == opdracht.AdministratieId, cancellationToken);
        var coordinatoren = await db.CoordinatorenAsync(opdracht.HostOrganisatieId, command.Begindatum, cancellationToken);
        var facturen = (await db.FactuurdeclaratiesAsync([opdracht.Id], cancellationToken)).Geldend();
        opdracht.Wijzig(administratie, command.ToVoorwaarden(), coordinatoren, facturen, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return await db.ToDtoAsync(user, opdracht, cancellationToken);
    }
}
