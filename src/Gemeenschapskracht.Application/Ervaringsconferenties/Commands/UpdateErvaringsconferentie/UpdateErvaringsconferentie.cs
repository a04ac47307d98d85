using System.Text.Json.Serialization;
using FluentValidation;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Ervaringsconferenties.Dtos;
using Gemeenschapskracht.Application.Ervaringsconferenties.Shared;
using Gemeenschapskracht.Domain.Ervaringsconferenties;
using Mediator;

namespace Gemeenschapskracht.Application.Ervaringsconferenties.Commands.UpdateErvaringsconferentie;

/// <summary>The gemeente changes a planned conference (every field); never below the registrations already taken.</summary>
[Authorize(Roles = ConferentieRollen.Organisatoren)]
public sealed record UpdateErvaringsconferentieCommand : ICommand<ErvaringsconferentieDto>, IConferentievelden
{
    [JsonIgnore]
    public Guid Id { get; init; }

    public required string Titel { get; init; }

    public required string Thema { get; init; }

    public required DateOnly Datum { get; init; }

    public required string Plek { get; init; }

    public required string Omschrijving { get; init; }

    public required int? Capaciteit { get; init; }

    public required IReadOnlyList<Programmaonderdeel> Programma { get; init; }

    public required IReadOnlyList<Guid> WijkIds { get; init; }
}

public sealed class UpdateErvaringsconferentieValidator : AbstractValidator<UpdateErvaringsconferentieCommand>
{
    public UpdateErvaringsconferentieValidator() => this.AddConferentieRules();
}

public sealed class UpdateErvaringsconferentieHandler(IApplicationDbContext db, TimeProvider clock)
    : ICommandHandler<UpdateErvaringsconferentieCommand, ErvaringsconferentieDto>
{
    public async ValueTask<ErvaringsconferentieDto> Handle(UpdateErvaringsconferentieCommand command, CancellationToken cancellationToken)
    {
        var conferentie = await db.Set<Ervaringsconferentie>().VindAsync(command.Id, cancellationToken);
        await db.EnsureWijkenAsync(command.WijkIds, cancellationToken);
        conferentie.Wijzig(command.Inhoud(), await db.ConferentieAangemeldAsync(conferentie.Id, cancellationToken), clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return await db.ToDtoAsync(conferentie, cancellationToken);
    }
}
