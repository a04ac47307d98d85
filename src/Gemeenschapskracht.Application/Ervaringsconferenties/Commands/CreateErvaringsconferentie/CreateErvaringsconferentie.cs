using FluentValidation;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Ervaringsconferenties.Dtos;
using Gemeenschapskracht.Application.Ervaringsconferenties.Shared;
using Gemeenschapskracht.Domain.Ervaringsconferenties;
using Mediator;

namespace Gemeenschapskracht.Application.Ervaringsconferenties.Commands.CreateErvaringsconferentie;

/// <summary>The gemeente plans an ervaringsconferentie (R6.5): a theme across wijken, a day and place, a programme, optionally a capacity.</summary>
[Authorize(Roles = ConferentieRollen.Organisatoren)]
public sealed record CreateErvaringsconferentieCommand : ICommand<ErvaringsconferentieDto>, IConferentievelden
{
    public required string Titel { get; init; }

    public required string Thema { get; init; }

    public required DateOnly Datum { get; init; }

    public required string Plek { get; init; }

    public required string Omschrijving { get; init; }

    public required int? Capaciteit { get; init; }

    public required IReadOnlyList<Programmaonderdeel> Programma { get; init; }

    public required IReadOnlyList<Guid> WijkIds { get; init; }
}

public sealed class CreateErvaringsconferentieValidator : AbstractValidator<CreateErvaringsconferentieCommand>
{
    public CreateErvaringsconferentieValidator() => this.AddConferentieRules();
}

public sealed class CreateErvaringsconferentieHandler(IApplicationDbContext db, TimeProvider clock)
    : ICommandHandler<CreateErvaringsconferentieCommand, ErvaringsconferentieDto>
{
    public async ValueTask<ErvaringsconferentieDto> Handle(CreateErvaringsconferentieCommand command, CancellationToken cancellationToken)
    {
        await db.EnsureWijkenAsync(command.WijkIds, cancellationToken);
        var conferentie = new Ervaringsconferentie(command.Inhoud(), clock.GetUtcNow());
        db.Set<Ervaringsconferentie>().Add(conferentie);
        await db.SaveChangesAsync(cancellationToken);
        return await db.ToDtoAsync(conferentie, cancellationToken);
    }
}
